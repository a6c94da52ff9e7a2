package org.kehu.shared.paging;

import org.kehu.shared.InvalidInputException;

/**
 * Bounds of the paging parameters: a page size is clamped into [1, max] (asking for 100,000 rows gets the
 * maximum); a page number of an offset-paged list must lie in [0, {@link #MAX_PAGE_NUMBER}], else the
 * request is refused with a 400 naming {@code page} (deep pages belong to keyset paging).
 */
public final class PageBounds {

    /** The deepest page an offset-paged list serves. */
    public static final int MAX_PAGE_NUMBER = 10_000;

    private PageBounds() {
    }

    public static int size(int requested, int max) {
        return Math.max(1, Math.min(requested, max));
    }

    /** The row offset of page {@code page} (counting from 0) of {@code size} rows; 400 when out of bounds. */
    public static long offset(int page, int size) {
        return (long) pageNumber(page) * size;
    }

    /** The page number itself, checked. */
    public static int pageNumber(int page) {
        if (page < 0 || page > MAX_PAGE_NUMBER) {
            throw InvalidInputException.of("page", "paging.error.page");
        }
        return page;
    }
}
