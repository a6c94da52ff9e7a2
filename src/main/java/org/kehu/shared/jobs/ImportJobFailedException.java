package org.kehu.shared.jobs;

/** Ends a job as failed with a message key the user reads (e.g. the file became unreadable mid-way). */
public class ImportJobFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ImportJobFailedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
