package org.kehu.identity.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

import org.kehu.dictionary.Dictionary;
import org.kehu.identity.AuditAction;
import org.kehu.identity.internal.AuditLog;
import org.kehu.shared.web.CsvDownload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.kehu.shared.export.SafeCsvWriter;

/** The audit log: filters, newest first, keyset pages ("older"), and the filtered log as CSV. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('audit.view')")
class AuditController {

    private final AuditLog log;
    private final Dictionary dictionary;
    private final MessageSource messages;

    AuditController(AuditLog log, Dictionary dictionary, MessageSource messages) {
        this.log = log;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    private AuditLabels labels(java.util.Collection<String> actors) {
        Locale locale = LocaleContextHolder.getLocale();
        return new AuditLabels(messages, locale, dictionary, log.roleNames(locale), log.userNames(actors));
    }

    @GetMapping
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) Long entityId,
            @RequestParam(required = false) Long before,
            HtmxRequest htmx, Model model) {
        var filter = new AuditLog.Filter(from, to, actor, action, entityType, entityId, before);
        var rows = log.page(filter);
        boolean hasMore = rows.size() > AuditLog.PAGE_SIZE;
        var entries = hasMore ? rows.subList(0, AuditLog.PAGE_SIZE) : rows;
        model.addAttribute("entries", entries);
        model.addAttribute("nextBefore", hasMore ? entries.get(entries.size() - 1).id() : null);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("L", labels(entries.stream().map(AuditLog.Entry::actorName).distinct().toList()));
        if (htmx.isHtmxRequest()) {
            return "identity/admin/audit :: rows";
        }
        // Only the whole page has the record-type filter; "more" clicks need not read every type in the log.
        model.addAttribute("entityTypes", log.entityTypes());
        return "identity/admin/audit";
    }

    /** The whole filtered log, streamed row by row; a BOM lets Excel read the Chinese text. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) Long entityId,
            HttpServletResponse response) throws IOException {
        SafeCsvWriter csv = CsvDownload.start(response, "audit-log.csv");
        csv.writeRecord("id", "at", "actor", "action", "entity_type", "entity_id", "summary", "address", "changes");
        AuditLabels l = labels(log.actorNames());
        Locale locale = LocaleContextHolder.getLocale();
        log.each(new AuditLog.Filter(from, to, actor, action, entityType, entityId, null), e -> {
            csv.writeRecord(String.valueOf(e.id()), org.kehu.shared.Formats.dateTimeSeconds(e.atLocal()), l.actor(e.actorName()),
                        messages.getMessage("identity.audit.action." + e.action(), null, e.action(), locale),
                        l.entity(e.entityType()), e.entityId() == null ? "" : String.valueOf(e.entityId()), nz(e.summary()),
                        nz(e.address()), e.changes().stream()
                                .map(c -> l.field(e.entityType(), c.field()) + ": " + l.value(c.oldValue()) + " -> "
                                        + l.value(c.newValue()))
                            .collect(Collectors.joining("; ")));
        });
        csv.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
