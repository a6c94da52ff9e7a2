package org.kehu.customer.web;

import java.util.List;

import org.kehu.customer.ContactConsent;
import org.kehu.customer.CustomerPageSection;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerInput;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.DuplicateCustomersException;
import org.kehu.customer.InteractionInput;
import org.kehu.identity.Permission;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer page, its create/edit form, delete and the print view. */
@Controller
@PreAuthorize("hasAuthority('customer.view')")
class CustomerPageController {

    private final CustomerManagement customers;
    private final PageSupport support;
    private final Messages messages;

    private final List<CustomerPageSection> sections;
    private final ContactConsent consent;

    CustomerPageController(CustomerManagement customers, PageSupport support, Messages messages,
            List<CustomerPageSection> sections, ContactConsent consent) {
        this.consent = consent;
        this.customers = customers;
        this.support = support;
        this.messages = messages;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(CustomerPageSection::order)).toList();
    }

    @GetMapping("/customers/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        if (!model.containsAttribute("interaction")) {
            InteractionInput in = new InteractionInput();
            in.setOccurredAt(java.time.LocalDateTime.now(org.kehu.customer.internal.InteractionService.ZONE)
                    .withSecond(0).withNano(0));
            model.addAttribute("interaction", in);
        }
        return showPage(id, model);
    }

    String showPage(long id, Model model) {
        CustomerDetails c = customers.get(id);
        model.addAttribute("customer", c);
        model.addAttribute("owner", c.ownerId() == null ? null : support.users().user(c.ownerId()).orElse(null));
        model.addAttribute("contacts", customers.contacts(id));
        model.addAttribute("consents", consent.statesOfCustomer(id));
        model.addAttribute("timeline", customers.timeline(id));
        var user = support.users().requireCurrentUser();
        model.addAttribute("sections", sections.stream().filter(section -> section.visibleTo(user)).toList());
        model.addAttribute("channels", support.dictionary().enabledEntries(org.kehu.dictionary.DictionaryType.INTERACTION_CHANNEL));
        support.labels(model);
        return "customer/show";
    }

    @GetMapping("/customers/{id:\\d+}/print")
    String print(@PathVariable long id, Model model) {
        CustomerDetails c = customers.get(id);
        model.addAttribute("customer", c);
        model.addAttribute("owner", c.ownerId() == null ? null : support.users().user(c.ownerId()).orElse(null));
        model.addAttribute("contacts", customers.contacts(id));
        model.addAttribute("interactions", customers.interactions(id, 20));
        model.addAttribute("ownership", customers.ownership(id));
        model.addAttribute("printedAt", java.time.Instant.now());
        support.labels(model);
        return "customer/print";
    }

    @GetMapping("/customers/new")
    @PreAuthorize("hasAuthority('customer.create')")
    String newForm(Model model) {
        CustomerInput in = new CustomerInput();
        in.setStatus(org.kehu.customer.CustomerStatus.ACTIVE);
        in.setOwnerId(support.users().requireCurrentUser().id());
        model.addAttribute("form", in);
        return form(model, null);
    }

    @PostMapping("/customers")
    @PreAuthorize("hasAuthority('customer.create')")
    String create(@ModelAttribute("form") CustomerInput form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean confirmDuplicate, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            try {
                CustomerDetails created = customers.create(form, confirmDuplicate);
                redirect.addFlashAttribute("flash", messages.text("common.saved"));
                return "redirect:/customers/" + created.id();
            } catch (DuplicateCustomersException e) {
                model.addAttribute("duplicates", e.duplicates());
                return form(model, null);
            }
        }, () -> form(model, null));
    }

    @GetMapping("/customers/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('customer.edit')")
    String editForm(@PathVariable long id, Model model) {
        CustomerDetails c = customers.get(id);
        model.addAttribute("form", CustomerInput.of(c));
        return form(model, c);
    }

    @PostMapping("/customers/{id:\\d+}")
    @PreAuthorize("hasAuthority('customer.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") CustomerInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CustomerDetails current = customers.get(id);
        return FormSubmission.save(binding, model, () -> {
            customers.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/customers/" + id;
        }, () -> form(model, current));
    }

    @PostMapping("/customers/{id:\\d+}/delete")
    @PreAuthorize("hasAuthority('customer.delete')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        customers.delete(id);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/customers";
    }

    private String form(Model model, CustomerDetails existing) {
        CustomerInput form = (CustomerInput) model.getAttribute("form");
        support.customerOptions(model, form == null ? null : form.getProvinceCode(), false);
        model.addAttribute("existing", existing);
        model.addAttribute("canAssign", support.users().requireCurrentUser().can(Permission.CUSTOMER_ASSIGN));
        return "customer/form";
    }
}
