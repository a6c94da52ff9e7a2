package org.kehu.customer.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.kehu.customer.AttachmentFile;
import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactInput;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.InteractionInput;
import org.kehu.customer.NewAttachment;
import org.kehu.dictionary.DictionaryType;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.FormErrors;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.kehu.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contacts (add, edit, delete) and interactions (record, download attachments) from the customer page. */
@Controller
@PreAuthorize("hasAuthority('customer.view')")
class ContactPageController {

    private final CustomerManagement customers;
    private final PageSupport support;
    private final CustomerPageController customerPage;
    private final Messages messages;

    ContactPageController(CustomerManagement customers, PageSupport support, CustomerPageController customerPage,
            Messages messages) {
        this.customers = customers;
        this.support = support;
        this.customerPage = customerPage;
        this.messages = messages;
    }

    @GetMapping("/customers/{id:\\d+}/contacts/new")
    @PreAuthorize("hasAuthority('customer.edit')")
    String newContact(@PathVariable long id, Model model) {
        model.addAttribute("contactForm", new ContactInput());
        return form(model, id, null);
    }

    @PostMapping("/customers/{id:\\d+}/contacts")
    @PreAuthorize("hasAuthority('customer.edit')")
    String addContact(@PathVariable long id, @ModelAttribute("contactForm") ContactInput form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            customers.addContact(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/customers/" + id + "#contacts";
        }, () -> form(model, id, null));
    }

    @GetMapping("/contacts/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('customer.edit')")
    String editContact(@PathVariable long id, Model model) {
        ContactDetails c = customers.contact(id);
        model.addAttribute("contactForm", ContactInput.of(c));
        return form(model, c.customerId(), c);
    }

    @PostMapping("/contacts/{id:\\d+}")
    @PreAuthorize("hasAuthority('customer.edit')")
    String updateContact(@PathVariable long id, @ModelAttribute("contactForm") ContactInput form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ContactDetails c = customers.contact(id);
        return FormSubmission.save(binding, model, () -> {
            customers.updateContact(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/customers/" + c.customerId() + "#contacts";
        }, () -> form(model, c.customerId(), c));
    }

    @PostMapping("/contacts/{id:\\d+}/delete")
    @PreAuthorize("hasAuthority('customer.edit')")
    String deleteContact(@PathVariable long id, RedirectAttributes redirect) {
        long customerId = customers.contact(id).customerId();
        customers.deleteContact(id);
        redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        return "redirect:/customers/" + customerId + "#contacts";
    }

    @PostMapping("/customers/{id:\\d+}/interactions")
    @PreAuthorize("hasAuthority('interaction.record')")
    String recordInteraction(@PathVariable long id, @ModelAttribute("interaction") InteractionInput form,
            BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) throws IOException {
        if (!binding.hasErrors()) {
            try {
                List<NewAttachment> attachments = new ArrayList<>();
                if (files != null) {
                    for (MultipartFile f : files) {
                        if (!f.isEmpty()) {
                            attachments.add(new NewAttachment(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                        }
                    }
                }
                customers.recordInteraction(id, form, attachments);
                redirect.addFlashAttribute("flash", messages.text("common.saved"));
                return "redirect:/customers/" + id + "#customer-timeline";
            } catch (InvalidInputException e) {
                FormErrors.addTo(binding, e);
            }
        }
        return customerPage.showPage(id, model);
    }

    @GetMapping("/customers/attachments/{id:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        AttachmentFile file = customers.attachment(id);
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }

    private String form(Model model, long customerId, ContactDetails existing) {
        model.addAttribute("customer", customers.get(customerId));
        model.addAttribute("existing", existing);
        model.addAttribute("nationalities", support.dictionary().enabledEntries(DictionaryType.NATIONALITY));
        return "customer/contact-form";
    }
}
