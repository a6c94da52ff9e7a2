package org.kehu.shared.paging;

/**
 * Bounds of the paging parameters: a page size is clamped into [1, max] (asking for 100,000 rows gets the
 * maximum). Every list pages by keyset, so there is no page number to bound.
 */
public final class PageBounds {

    private PageBounds() {
    }

    public static int size(int requested, int max) {
        return Math.max(1, Math.min(requested, max));
    }
}
