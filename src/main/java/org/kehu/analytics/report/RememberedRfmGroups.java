package org.kehu.analytics.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RFM report's groups for a reader who sees everyone and filters nothing, remembered per period under the count of
 * changes to the purchase days (V490). Ranking the period's buyers takes seconds at a million customers; the same
 * purchase days always give the same groups, so an answer is served again until an order changes them, and the
 * first report after the change ranks afresh. The count is read before the groups are computed, so a change that
 * commits in between leaves an answer under the older count, which the next reader does not take: never stale, at
 * worst computed once more. A transaction that has written anything neither takes nor leaves an answer (its own
 * changes may yet be rolled back). Each node keeps its own answers.
 */
@Component
class RememberedRfmGroups {

    private static final int REMEMBERED = 16;

    private record Remembered(long changes, List<?> groups) {
    }

    private final JdbcClient jdbc;
    private final Map<String, Remembered> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > REMEMBERED;
        }
    };

    RememberedRfmGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The groups of the period [from, end): remembered ones while the purchase days are unchanged, else computed. */
    @SuppressWarnings("unchecked")
    <T> List<T> groups(LocalDate from, LocalDate end, Supplier<List<T>> compute) {
        String key = from + "/" + end;
        Long changes = committedChanges();
        if (changes == null) {
            return compute.get();
        }
        synchronized (answers) {
            Remembered known = answers.get(key);
            if (known != null && known.changes() == changes) {
                return (List<T>) known.groups();
            }
        }
        List<T> groups = List.copyOf(compute.get());
        synchronized (answers) {
            answers.put(key, new Remembered(changes, groups));
        }
        return groups;
    }

    /**
     * How many committed statements have changed the purchase days (only ever grows); null inside a transaction that
     * has written anything, whose count and purchase days may include its own changes, never to be committed if it
     * rolls back: its answer is neither served from nor kept for the others.
     */
    Long committedChanges() {
        return jdbc.sql("select sum(changes), pg_current_xact_id_if_assigned() is null from analytics_purchase_day_changes")
                .query((rs, n) -> rs.getBoolean(2) ? rs.getLong(1) : null).list().get(0);
    }
}
