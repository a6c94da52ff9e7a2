package org.kehu.marketing.mailing;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Writing a marketing mail: the template with its merge fields, a preview for a contact, a test send to oneself. */
@Controller
@PreAuthorize("hasAuthority('marketing.reach')")
class MailingPageController {

    private final MarketingMailings mailings;
    private final Messages messages;

    MailingPageController(MarketingMailings mailings, Messages messages) {
        this.mailings = mailings;
        this.messages = messages;
    }

    @GetMapping("/marketing/mail")
    String page(Model model) {
        model.addAttribute("fields", MergeFields.KNOWN);
        model.addAttribute("noContacts", java.util.List.of());
        return "marketing/mail";
    }

    @PostMapping("/marketing/mail/preview")
    String preview(@RequestParam(required = false) String subject, @RequestParam(required = false) String body,
            @RequestParam(required = false) Long contactId, Model model) {
        try {
            if (contactId == null) {
                throw InvalidInputException.of("contactId", "mailing.error.contact");
            }
            model.addAttribute("mail", mailings.preview(new MailTemplate(subject, body), contactId));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.texts(e.fieldErrors()));
        }
        return "marketing/mail :: result";
    }

    @PostMapping("/marketing/mail/test")
    String test(@RequestParam(required = false) String subject, @RequestParam(required = false) String body,
            @RequestParam(required = false) Long contactId, Model model) {
        try {
            model.addAttribute("mail", mailings.sendTest(new MailTemplate(subject, body), contactId));
            model.addAttribute("sent", true);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.texts(e.fieldErrors()));
        }
        return "marketing/mail :: result";
    }
}
