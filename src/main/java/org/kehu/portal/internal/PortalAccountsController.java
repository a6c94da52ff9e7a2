package org.kehu.portal.internal;

import org.kehu.customer.CustomerManagement;
import org.kehu.portal.account.PortalAccess;
import org.kehu.portal.account.PortalAccountList;
import org.kehu.portal.account.PortalAccountStatus;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's portal accounts: the list with status and last sign-in (invite again, disable, enable), and
 * the card on the customer page where the customer's account manager invites its contacts.
 */
@Controller
class PortalAccountsController {

    private final PortalAccountList list;
    private final PortalAccess access;
    private final CustomerManagement customers;
    private final Messages messages;

    PortalAccountsController(PortalAccountList list, PortalAccess access, CustomerManagement customers, Messages messages) {
        this.list = list;
        this.access = access;
        this.customers = customers;
        this.messages = messages;
    }

    @GetMapping("/portal-accounts")
    @PreAuthorize("hasAuthority('portal.account.manage')")
    String list(@RequestParam(required = false) PortalAccountStatus status, @RequestParam(required = false) String after,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", PortalAccountStatus.values());
        model.addAttribute("page", list.page(status, after));
        return "portal/accounts";
    }

    /** The customer page's card: the customer's contacts with their portal accounts. */
    @GetMapping("/portal-accounts/of-customer/{customerId}")
    @PreAuthorize("hasAuthority('customer.view')")
    String ofCustomer(@PathVariable long customerId, Model model) {
        var customer = customers.get(customerId);
        model.addAttribute("customer", customer);
        model.addAttribute("contacts", list.contactsOf(customerId));
        return "portal/customer-accounts :: card";
    }

    @PostMapping("/portal-accounts/invite")
    @PreAuthorize("hasAuthority('customer.view')")
    String invite(@RequestParam long contactId, @RequestParam(required = false) Long customerId, Model model,
            RedirectAttributes redirect) {
        return act(customerId, model, redirect, () -> access.invite(contactId), "portal.accounts.invited");
    }

    @PostMapping("/portal-accounts/{id}/resend")
    @PreAuthorize("hasAuthority('customer.view')")
    String resend(@PathVariable long id, @RequestParam(required = false) Long customerId, Model model,
            RedirectAttributes redirect) {
        return act(customerId, model, redirect, () -> access.resend(id), "portal.accounts.invited");
    }

    @PostMapping("/portal-accounts/{id}/disable")
    @PreAuthorize("hasAuthority('customer.view')")
    String disable(@PathVariable long id, @RequestParam(required = false) Long customerId, Model model,
            RedirectAttributes redirect) {
        return act(customerId, model, redirect, () -> access.setEnabled(id, false), "portal.accounts.disabled");
    }

    @PostMapping("/portal-accounts/{id}/enable")
    @PreAuthorize("hasAuthority('customer.view')")
    String enable(@PathVariable long id, @RequestParam(required = false) Long customerId, Model model,
            RedirectAttributes redirect) {
        return act(customerId, model, redirect, () -> access.setEnabled(id, true), "portal.accounts.enabled");
    }

    /**
     * Runs a step and says how it went: on the customer page's card (htmx swaps the card, {@code customerId} given)
     * the card again with the message, on the list page a redirect with it.
     */
    private String act(Long customerId, Model model, RedirectAttributes redirect, Runnable action, String doneKey) {
        String done = null;
        String refused = null;
        try {
            action.run();
            done = messages.text(doneKey);
        } catch (InvalidInputException e) {
            refused = messages.text(e.fieldErrors().values().iterator().next());
        } catch (RuleViolationException e) {
            refused = messages.text(e.messageKey());
        }
        if (customerId != null) {
            model.addAttribute("portalDone", done);
            model.addAttribute("portalRefused", refused);
            return ofCustomer(customerId, model);
        }
        redirect.addFlashAttribute("portalDone", done);
        redirect.addFlashAttribute("portalRefused", refused);
        return "redirect:/portal-accounts";
    }
}
