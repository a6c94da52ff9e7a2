package org.kehu.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Filters of the user list; null means "any". */
public record UserFilter(String q, Long departmentId, Long roleId, Boolean enabled) {

    /** Rows on a page of the administration list. */
    public static final int PAGE_SIZE = 20;
    /** The most rows a page of the API may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The filter as a query string, for the pager's links ("" for none). */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            parts.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (departmentId != null) {
            parts.add("departmentId=" + departmentId);
        }
        if (roleId != null) {
            parts.add("roleId=" + roleId);
        }
        if (enabled != null) {
            parts.add("enabled=" + enabled);
        }
        return String.join("&", parts);
    }
}
