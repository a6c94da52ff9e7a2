package org.kehu.office.message;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.shared.InputLimits;

/** The rules of a message's fields that need nothing but the input: field to message key, in form order. */
final class MessageChecks {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = InputLimits.LONG_TEXT;
    static final int RECIPIENTS_MAX = 200;

    private MessageChecks() {
    }

    /** Problems of a message whose recipients and subject are complete (a reply's are filled in before). */
    static Map<String, String> problems(MessageInput in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.getRecipientIds().isEmpty()) {
            problems.put("recipientIds", "office.message.error.recipients-required");
        } else if (in.getRecipientIds().size() > RECIPIENTS_MAX) {
            problems.put("recipientIds", "office.message.error.too-many-recipients");
        } else if (in.getRecipientIds().contains(null)) {
            problems.put("recipientIds", "office.message.error.recipient-unknown");
        }
        if (in.getSubject() == null || in.getSubject().isBlank()) {
            problems.put("subject", "office.message.error.subject-required");
        } else if (!InputLimits.fitsLength(in.getSubject().strip(), SUBJECT_MAX)) {
            problems.put("subject", "office.message.error.subject-too-long");
        }
        if (in.getBody() == null || in.getBody().isBlank()) {
            problems.put("body", "office.message.error.body-required");
        } else if (!InputLimits.fitsLength(in.getBody(), BODY_MAX)) {
            problems.put("body", "office.message.error.body-too-long");
        }
        return problems;
    }

    /** The subject of a reply: "Re: " once, cut to fit. */
    static String replySubject(String answered) {
        String subject = answered.regionMatches(true, 0, "Re:", 0, 3) ? answered : "Re: " + answered;
        return subject.codePointCount(0, subject.length()) <= SUBJECT_MAX ? subject
                : subject.substring(0, subject.offsetByCodePoints(0, SUBJECT_MAX));
    }
}
