package org.kehu.shared.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a list paged by keyset: its rows, the cursor of the following page ({@code next}, pass it as
 * {@code after}) and of the one before ({@code previous}, pass it as {@code before}); null when there is
 * none. Lists that only page forward leave {@code previous} null and offer "First" instead.
 */
public record KeysetPage<T>(List<T> items, String next, String previous) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    @JsonProperty("hasNext")
    public boolean hasNext() {
        return next != null;
    }

    @JsonProperty("hasPrevious")
    public boolean hasPrevious() {
        return previous != null;
    }

    /** The same page with each row replaced, the cursors kept. */
    public <R> KeysetPage<R> map(Function<? super T, ? extends R> mapper) {
        return new KeysetPage<>(items.stream().<R>map(mapper).toList(), next, previous);
    }

    /**
     * The page out of the rows a query fetched with {@code limit size + 1}, in the query's order.
     *
     * @param backwards whether the query read backwards from a {@code before} cursor (its rows come in
     *                  reverse order and are turned round here)
     * @param fromCursor whether the query started at a cursor (so there is a page before this one)
     * @param forwardOnly whether the list pages forward only (no {@code previous} cursor)
     * @param cursorOf the cursor of a row
     */
    public static <T> KeysetPage<T> of(List<T> fetched, int size, boolean backwards, boolean fromCursor,
            boolean forwardOnly, Function<? super T, String> cursorOf) {
        List<T> rows = new ArrayList<>(fetched);
        boolean more = rows.size() > size;
        while (rows.size() > size) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new KeysetPage<>(rows, null, null);
        }
        boolean hasNext = backwards || more;
        boolean hasPrevious = !forwardOnly && (backwards ? more : fromCursor);
        return new KeysetPage<>(rows, hasNext ? cursorOf.apply(rows.get(rows.size() - 1)) : null,
                hasPrevious ? cursorOf.apply(rows.get(0)) : null);
    }

    /** A page of a list that pages forward only, from rows fetched with {@code limit size + 1}. */
    public static <T> KeysetPage<T> forward(List<T> fetched, int size, Function<? super T, String> cursorOf) {
        return of(fetched, size, false, false, true, cursorOf);
    }
}
