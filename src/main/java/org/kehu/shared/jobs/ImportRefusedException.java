package org.kehu.shared.jobs;

import java.util.Map;

import org.kehu.shared.InvalidInputException;

/** The whole file is refused (not CSV or Excel, header does not match): nothing is written. */
public class ImportRefusedException extends InvalidInputException {

    private final String messageKey;
    private final Object[] args;

    public ImportRefusedException(String messageKey, Object... args) {
        super(Map.of("file", messageKey));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
