package org.kehu.shared.jobs;

import java.util.Locale;

import org.kehu.shared.InvalidInputException;

/** Whether the caller of an import waits for it. */
public enum ImportExecution {
    /** Wait for a small file, run a large one in the background. */
    AUTO,
    /** Wait, whatever the size. */
    WAIT,
    /** Run in the background, whatever the size. */
    BACKGROUND;

    /**
     * The API's {@code wait} parameter: none is {@link #AUTO}, true {@link #WAIT}, false {@link #BACKGROUND}.
     *
     * @throws InvalidInputException naming {@code wait} when it is neither true nor false
     */
    public static ImportExecution ofWait(String wait) {
        if (wait == null || wait.isBlank()) {
            return AUTO;
        }
        return switch (wait.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> WAIT;
            case "false", "off", "no", "0" -> BACKGROUND;
            default -> throw InvalidInputException.of("wait", "import.job.error.flag");
        };
    }
}
