package org.kehu.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the input rules refuse (a control character, a date out of range).
 * Jackson adds the path of the field as the exception travels up, so the answer can name it.
 */
final class RefusedJsonValue extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    RefusedJsonValue(JsonParser parser, Class<?> targetType, String messageKey) {
        super(parser, "Refused value: " + messageKey, targetType);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
