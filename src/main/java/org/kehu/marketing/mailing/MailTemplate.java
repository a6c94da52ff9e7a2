package org.kehu.marketing.mailing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;

/**
 * A marketing mail as written: a subject and a plain-text body with merge fields ({@code {{contact_name}}},
 * {@code {{company}}}, {@code {{owner_name}}}) and links ({@code https://…}), which are tracked when sent.
 */
public record MailTemplate(String subject, String body) {

    /** The most characters a subject takes. */
    public static final int SUBJECT_LENGTH = 200;

    /** Refuses a missing or over-long subject or body and unknown or unclosed merge fields, naming the field. */
    public MailTemplate checked() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (subject == null || subject.isBlank()) {
            errors.put("subject", "mailing.error.required");
        } else if (subject.length() > SUBJECT_LENGTH || subject.contains("\n") || subject.contains("\r")) {
            errors.put("subject", "mailing.error.subject");
        } else if (!MergeFields.problems(subject).isEmpty()) {
            errors.put("subject", "mailing.error.unknown-field");
        }
        if (body == null || body.isBlank()) {
            errors.put("body", "mailing.error.required");
        } else if (body.length() > InputLimits.LONG_TEXT) {
            errors.put("body", "mailing.error.body");
        } else if (!MergeFields.problems(body).isEmpty()) {
            errors.put("body", "mailing.error.unknown-field");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MailTemplate(subject.strip(), body.strip());
    }
}
