package org.kehu.marketing.mailing;

import org.kehu.marketing.TouchSource;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Marketing mail over REST: preview a template for a contact, send a test to oneself, follow a mailing. */
@RestController
@RequestMapping("/api/v1/marketing")
@Tag(name = "Marketing reach")
@PreAuthorize("hasAuthority('marketing.reach')")
class MailingApi {

    /** A template, and the contact to merge it for (required for a preview, optional for a test). */
    record TemplateInput(String subject, String body, Long contactId) {
    }

    private final MarketingMailings mailings;

    MailingApi(MarketingMailings mailings) {
        this.mailings = mailings;
    }

    @PostMapping("/mail-preview")
    @Operation(summary = "Preview a marketing mail for a contact", description = "Merge fields {{contact_name}}, {{company}}, {{owner_name}}; an unknown one is a 400 naming `subject` or `body`")
    RenderedMail preview(@RequestBody(required = false) TemplateInput input) {
        if (input == null || input.contactId() == null) {
            throw InvalidInputException.of("contactId", "mailing.error.required");
        }
        return mailings.preview(new MailTemplate(input.subject(), input.body()), input.contactId());
    }

    @PostMapping("/mail-test")
    @Operation(summary = "Send a marketing mail to oneself", description = "To the caller's own address, marked as a test")
    RenderedMail test(@RequestBody(required = false) TemplateInput input) {
        if (input == null) {
            throw InvalidInputException.of("subject", "mailing.error.required");
        }
        return mailings.sendTest(new MailTemplate(input.subject(), input.body()), input.contactId());
    }

    @GetMapping("/mailings/{kind}/{id}")
    @Operation(summary = "A source's mailing and its progress")
    MailingProgress progress(@PathVariable String kind, @PathVariable long id) {
        TouchSource source = org.kehu.marketing.reach.ReachSources.parse(kind, id);
        return mailings.progress(source).orElseThrow(() -> new RecordNotFoundException("Mailing", id));
    }
}
