package org.kehu.churn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/**
 * The warning list's filters: the state (pending when not given), the customer's owner and province, the reason
 * of confirmed churn. Unknown states answer 400 naming {@code state}.
 */
public record WarningFilter(WarningState state, Long owner, String region, String reason) {

    public WarningFilter {
        state = state == null ? WarningState.PENDING : state;
        region = blankToNull(region);
        reason = blankToNull(reason);
    }

    /** The filter as URL parameters, for the pager and the export links. */
    public String toQueryString() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("state", state.name());
        p.put("owner", owner);
        p.put("region", region);
        p.put("reason", reason);
        return p.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(String.valueOf(e.getValue()), "UTF-8"))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
