package org.kehu.chat;

import java.util.Locale;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the portal page and the console share: where a stream resumes, and how a refused message is answered. */
final class ChatWeb {

    /** The message a script shows beside the text box. */
    record Problem(String field, String message) {
    }

    private ChatWeb() {
    }

    /**
     * The message id a stream starts after: the browser's {@code Last-Event-ID} on a reconnect, else the page's last
     * message id; anything that is not a non-negative number counts as 0 (everything).
     */
    static long resumeFrom(String lastEventId, long after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Math.max(0, Long.parseLong(lastEventId.strip()));
            } catch (NumberFormatException e) {
                return Math.max(0, after);
            }
        }
        return Math.max(0, after);
    }

    static ResponseEntity<Problem> refused(RuntimeException e, MessageSource messages, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            var error = invalid.fieldErrors().entrySet().iterator().next();
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(new Problem(error.getKey(), messages.getMessage(error.getValue(), null, error.getValue(), locale)));
        }
        RuleViolationException rule = (RuleViolationException) e;
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                .body(new Problem("text", messages.getMessage(rule.messageKey(), rule.args(), rule.getMessage(), locale)));
    }
}
