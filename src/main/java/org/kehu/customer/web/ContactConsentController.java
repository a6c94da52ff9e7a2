package org.kehu.customer.web;

import org.kehu.customer.ConsentAction;
import org.kehu.customer.ConsentVia;
import org.kehu.customer.ContactConsent;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The consent card of a contact on the customer page: consent, opt-out with its date, history, and changes. */
@Controller
@PreAuthorize("hasAuthority('customer.view')")
class ContactConsentController {

    private final ContactConsent consent;
    private final Messages messages;

    ContactConsentController(ContactConsent consent, Messages messages) {
        this.consent = consent;
        this.messages = messages;
    }

    @GetMapping("/contacts/{id:\\d+}/consent")
    String card(@PathVariable long id, Model model) {
        return card(model, id);
    }

    @PostMapping("/contacts/{id:\\d+}/consent")
    @PreAuthorize("hasAuthority('customer.edit')")
    String change(@PathVariable long id, @RequestParam(required = false) String action,
            @RequestParam(required = false) String note, Model model) {
        try {
            consent.change(id, parse(action), ConsentVia.FORM, note);
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.text(e.fieldErrors().values().iterator().next()));
            model.addAttribute("note", note);
        }
        return card(model, id);
    }

    private String card(Model model, long id) {
        model.addAttribute("state", consent.state(id));
        model.addAttribute("history", consent.history(id));
        return "customer/consent :: card";
    }

    private static ConsentAction parse(String action) {
        try {
            return action == null ? null : ConsentAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("action", "consent.error.action");
        }
    }
}
