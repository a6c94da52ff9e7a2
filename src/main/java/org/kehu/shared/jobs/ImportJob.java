package org.kehu.shared.jobs;

import java.time.Instant;
import java.util.Map;

/**
 * An import job as stored: who started it, its state and phase, its counts and, when done, its result
 * (the module's own figures, e.g. customers written). {@code failure} is a message key.
 */
public record ImportJob(long id, String kind, long ownerId, String filename, String options, ImportJobState state,
        String phase, Long rowsTotal, long rowsRead, long rowsValid, long rowsWithErrors, long errorCount,
        Map<String, Object> result, String failure, Instant createdAt, Instant finishedAt) {

    /** The message key shown for a job whose node stopped while it ran. */
    public static final String NODE_LOST = "import.job.failure.node-lost";
    /** The message key shown for a job that failed for a reason the user cannot mend. */
    public static final String INTERNAL_ERROR = "import.job.failure.internal";

    public boolean finished() {
        return state.finished();
    }

    /** A count of the result, 0 when the job has none (yet). */
    public long resultCount(String name) {
        return result != null && result.get(name) instanceof Number n ? n.longValue() : 0;
    }

    /** How far the reading has come, 0–100; 100 once the rows are all read. */
    public int percentRead() {
        if (rowsTotal == null || rowsTotal == 0) {
            return finished() ? 100 : 0;
        }
        return (int) Math.min(100, rowsRead * 100 / rowsTotal);
    }
}
