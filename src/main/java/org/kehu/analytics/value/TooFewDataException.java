package org.kehu.analytics.value;

import org.kehu.shared.RuleViolationException;

/**
 * The purchases cannot determine a model: too few customers, too few repeat purchases, or an optimum at the
 * edge of the parameter space. Carries a message key and its arguments; the API answers it as problem+json
 * (409: the request is fine, the data are not yet enough), the page shows the message.
 */
class TooFewDataException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    TooFewDataException(String messageKey, String detail, Object... arguments) {
        super(messageKey, detail, arguments);
    }
}
