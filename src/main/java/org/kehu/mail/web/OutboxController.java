package org.kehu.mail.web;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.mail.MailStatus;
import org.kehu.mail.internal.MailStore;
import org.kehu.mail.internal.SmtpDelivery;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox: every stored message, newest first, and each one readable. */
@Controller
@PreAuthorize("hasAuthority('mail.view')")
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final MailStore store;
    private final SmtpDelivery delivery;

    OutboxController(MailStore store, SmtpDelivery delivery) {
        this.store = store;
        this.delivery = delivery;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) MailStatus status, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long after, HtmxRequest htmx,
            Model model) {
        List<MailStore.Row> rows = store.page(status, to, after, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        model.addAttribute("rows", more ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("next", more ? rows.get(PAGE_SIZE - 1).id() : null);
        model.addAttribute("status", status);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("smtp", delivery.enabled());
        return htmx.isHtmxRequest() ? "mail/outbox :: rows" : "mail/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("mail", store.find(id).orElseThrow(() -> new RecordNotFoundException("Mail", id)));
        return "mail/message";
    }
}
