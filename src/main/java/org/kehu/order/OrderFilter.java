package org.kehu.order;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.shared.InvalidInputException;

/**
 * The filters of the order list, shared by the page, the API and the export; all optional. {@code month} is
 * {@code yyyy-MM} (the order date's month); {@code q} matches the start of the order number or a part of the
 * customer's name.
 */
public record OrderFilter(String status, String month, Long customer, Long owner, String q) {

    public OrderFilter {
        status = blankToNull(status);
        month = blankToNull(month);
        q = blankToNull(q);
        if (status != null) {
            try {
                status = OrderStatus.valueOf(status.toUpperCase()).name();
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "order.error.unknown-status");
            }
        }
        if (month != null) {
            try {
                YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("month", "order.error.month");
            }
        }
    }

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null);
    }

    public YearMonth yearMonth() {
        return month == null ? null : YearMonth.parse(month);
    }

    /** The filter as a query string (without paging), for links and the export. */
    public String toQueryString() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("month", month);
        m.put("customer", customer);
        m.put("owner", owner);
        m.put("q", q);
        return m.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
