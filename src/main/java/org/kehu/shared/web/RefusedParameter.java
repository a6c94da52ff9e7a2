package org.kehu.shared.web;

/**
 * A request parameter or form field that the input rules refuse; Spring reports it as a type mismatch
 * of that parameter or field, so forms show it beside the field and the API names it.
 */
final class RefusedParameter extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    RefusedParameter(String messageKey) {
        super("Refused value: " + messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    static String keyIn(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RefusedParameter refused) {
                return refused.messageKey();
            }
        }
        return null;
    }
}
