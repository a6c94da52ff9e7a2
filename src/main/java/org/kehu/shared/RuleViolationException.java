package org.kehu.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request that is well formed but not allowed in the record's present state. Answers 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public RuleViolationException(String messageKey, String defaultMessage, Object... args) {
        super(defaultMessage);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
