package org.kehu.customer.api;

import java.util.List;

import org.kehu.customer.ConsentChange;
import org.kehu.customer.ConsentState;
import org.kehu.customer.ConsentVia;
import org.kehu.customer.ContactConsent;
import org.kehu.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A contact's marketing consent and opt-out, with their history. A contact outside the caller's scope is 404. */
@RestController
@RequestMapping("/api/v1/contacts/{id}/consent")
@Tag(name = "Customers")
class ContactConsentApi {

    /** The consent now and its history, newest first. */
    record ConsentResource(ConsentState state, List<ConsentChange> history) {
    }

    /**
     * What a client sets: consent (required), the opt-out (optional; recorded as at the contact's request) and a
     * note.
     */
    record ConsentInput(Boolean marketingConsent, Boolean optedOut, String note) {
    }

    private final ContactConsent consent;

    ContactConsentApi(ContactConsent consent) {
        this.consent = consent;
    }

    @GetMapping
    @Operation(summary = "A contact's consent, opt-out and their history")
    ConsentResource get(@PathVariable long id) {
        return new ConsentResource(consent.state(id), consent.history(id));
    }

    @PutMapping
    @Operation(summary = "Set a contact's consent and opt-out", description = "`marketingConsent` is required; "
            + "`optedOut` true opts the contact out of all marketing, false lifts an opt-out (only at the contact's "
            + "request); consent given while opted out is kept but marketing stays closed. Each change is kept in "
            + "the history as coming through the API, by the caller; `note` up to 500 characters. Needs customer.edit.")
    ConsentResource put(@PathVariable long id, @RequestBody(required = false) ConsentInput input) {
        if (input == null || input.marketingConsent() == null) {
            throw InvalidInputException.of("marketingConsent", "consent.error.required");
        }
        consent.set(id, input.marketingConsent(), input.optedOut(), ConsentVia.API, input.note());
        return get(id);
    }
}
