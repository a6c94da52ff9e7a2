package org.kehu.portal.company;

import org.kehu.shared.ConcurrentEditException;
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

/** The customer page's card of company change requests: the account manager accepts or rejects them in place. */
@Controller
class CompanyChangeStaffController {

    private final CompanyChangeRequests requests;
    private final Messages messages;

    CompanyChangeStaffController(CompanyChangeRequests requests, Messages messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/company-changes/of-customer/{customerId:\\d+}")
    @PreAuthorize("hasAuthority('customer.view')")
    String card(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("requests", requests.ofCustomer(customerId));
        return "portal/company-changes :: card";
    }

    @PostMapping("/company-changes/{id:\\d+}/{step:accept|reject}")
    @PreAuthorize("hasAuthority('customer.edit')")
    String decide(@PathVariable long id, @PathVariable String step, @RequestParam long customerId,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String reason, Model model) {
        try {
            if ("accept".equals(step)) {
                requests.accept(id, version);
            } else {
                requests.reject(id, reason, version);
            }
            model.addAttribute("changeDone", messages.text("portal.company.done." + step));
        } catch (InvalidInputException e) {
            model.addAttribute("changeRefused", e.fieldErrors().entrySet().stream()
                    .map(f -> messages.text("reason".equals(f.getKey()) ? "portal.company.reason" : "customer.field." + f.getKey()) + ": " + messages.text(f.getValue()))
                    .reduce((a, b) -> a + " " + b).orElse(""));
        } catch (ConcurrentEditException e) {
            model.addAttribute("changeRefused", messages.text("error.concurrent-edit"));
        } catch (RuleViolationException e) {
            model.addAttribute("changeRefused", messages.text(e.messageKey()));
        }
        return card(customerId, model);
    }
}
