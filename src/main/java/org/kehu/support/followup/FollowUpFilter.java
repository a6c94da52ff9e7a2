package org.kehu.support.followup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The follow-up list's view and filters. {@code view}: open (default), mine, due (open, planned today or
 * earlier), overdue (open, planned before today), done, all. Dates bound the planned day.
 */
public record FollowUpFilter(String view, Long assignee, FollowUpMethod method, String q,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static final java.util.List<String> VIEWS = java.util.List.of("open", "mine", "due", "overdue", "done", "all");

    public FollowUpFilter {
        view = view == null || !VIEWS.contains(view.strip()) ? "open" : view.strip();
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static FollowUpFilter of(String view) {
        return new FollowUpFilter(view, null, null, null, null, null);
    }

    /** Done and all are read newest first; the open views by the day they are due. */
    boolean newestFirst() {
        return view.equals("done") || view.equals("all");
    }

    public String toQueryString() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", view);
        m.put("assignee", assignee);
        m.put("method", method);
        m.put("q", q);
        m.put("from", from);
        m.put("to", to);
        return m.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
