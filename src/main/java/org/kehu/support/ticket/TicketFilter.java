package org.kehu.support.ticket;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The view and filters of the ticket list, shared by the page, the API and the exports. Views: all, mine
 * (assigned to or created by me), unassigned (new or reopened), at-risk (about to breach), breached.
 */
public record TicketFilter(String view, String status, String type, String priority, String q, Long customer,
        Long assignee) {

    public static final java.util.List<String> VIEWS = java.util.List.of("all", "mine", "unassigned", "at-risk", "breached");

    public TicketFilter {
        view = view == null || !VIEWS.contains(view) ? "all" : view;
        status = blankToNull(status);
        type = blankToNull(type);
        priority = blankToNull(priority);
        q = blankToNull(q);
    }

    public static TicketFilter none() {
        return new TicketFilter(null, null, null, null, null, null, null);
    }

    /** The filter as a query string without paging, for links and exports. */
    public String toQueryString() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", "all".equals(view) ? null : view);
        m.put("status", status);
        m.put("type", type);
        m.put("priority", priority);
        m.put("q", q);
        m.put("customer", customer);
        m.put("assignee", assignee);
        return m.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
