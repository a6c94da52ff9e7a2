package org.kehu.shared.jobs;

/** Where an import job stands. */
public enum ImportJobState {
    /** Created, waiting for a worker. */
    QUEUED,
    /** A node is working on it and renews its heartbeat. */
    RUNNING,
    /** Done; the result and the row report are final. */
    SUCCEEDED,
    /** Stopped by an error, or its node stopped renewing the heartbeat. */
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
