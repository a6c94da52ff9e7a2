package org.kehu.shared.paging;

/**
 * How many rows a list's filter matches, counted no further than {@link #LIMIT}: the pager shows "10,000+"
 * beyond, so that no list counts a large table.
 *
 * @param value the rows counted, at most {@code LIMIT + 1}
 */
public record CappedCount(long value) {

    public static final int LIMIT = 10_000;

    /**
     * The SQL that counts the rows of {@code fromWhere} (a {@code from ... where ...} clause with named
     * parameters) up to {@code LIMIT + 1}; run it and hand the number to {@link #CappedCount(long)}.
     */
    public static String sql(String fromWhere) {
        return "select count(*) from (select 1 " + fromWhere + " limit " + (LIMIT + 1) + ") capped";
    }

    /** Whether more rows match than were counted. */
    public boolean capped() {
        return value > LIMIT;
    }

    /** The number to show: the count, or the limit when {@link #capped()}. */
    public long shown() {
        return Math.min(value, LIMIT);
    }
}
