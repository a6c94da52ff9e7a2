package kehu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one case, in nanoseconds; or the HTTP status that made the case unmeasurable. */
final class Timings {

    private final List<Long> nanos = new ArrayList<>();
    private int unavailableStatus;

    static Timings unavailable(String name, int status) {
        System.out.printf("bench: %s over HTTP answered %d, not measured (%s)%n", name, status,
                status == 404 ? "the endpoint does not exist in this build" : "check the application log");
        Timings t = new Timings();
        t.unavailableStatus = status;
        return t;
    }

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int unavailableStatus() {
        return unavailableStatus;
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
