package org.kehu.analytics.value;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The fit an analyst started from the value page, on this node: running, fitted (then its model is being scored and
 * the store has its progress) or refused with the reason. The page polls it while it runs and reloads when it ends,
 * so that the analyst sees the chart of the date he chose, or why that date could not be fitted.
 *
 * @param refusalKey the message key of the reason a fit was refused (with {@code refusalArgs}); null otherwise
 */
record PageFit(LocalDate calibrationEnd, Instant startedAt, boolean running, Long modelId, String refusalKey,
        Object[] refusalArgs) {

    static PageFit started(LocalDate end, Instant at) {
        return new PageFit(end, at, true, null, null, null);
    }

    PageFit fitted(long id) {
        return new PageFit(calibrationEnd, startedAt, false, id, null, null);
    }

    PageFit refused(String key, Object[] args) {
        return new PageFit(calibrationEnd, startedAt, false, null, key, args == null ? new Object[0] : args.clone());
    }

    boolean refused() {
        return refusalKey != null;
    }
}
