package org.kehu.analytics.value;

/**
 * The purchases cannot determine a model: too few customers, too few repeat purchases, or an optimum at the
 * edge of the parameter space. Carries a message key and its arguments, for the page and for problem+json.
 */
class TooFewDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    TooFewDataException(String messageKey, String detail, Object... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
