package org.kehu.churn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.shared.InvalidInputException;
import org.springframework.web.util.UriUtils;

/** The early warning list's filters: the customer's owner and province (or city) code. */
public record EarlyWarningFilter(Long owner, String region) {

    public EarlyWarningFilter {
        region = region == null || region.isBlank() ? null : region.strip();
        if (region != null && region.length() > 12) {
            throw InvalidInputException.of("region", "churn.error.region");
        }
    }

    /** The filter as URL parameters, for the pager and the export links. */
    public String toQueryString() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("owner", owner);
        p.put("region", region);
        return p.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(String.valueOf(e.getValue()), "UTF-8"))
                .collect(Collectors.joining("&"));
    }
}
