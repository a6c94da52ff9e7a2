package org.kehu.shared.jobs;

/** Whether the caller of an import waits for it. */
public enum ImportExecution {
    /** Wait for a small file, run a large one in the background. */
    AUTO,
    /** Wait, whatever the size. */
    WAIT,
    /** Run in the background, whatever the size. */
    BACKGROUND
}
