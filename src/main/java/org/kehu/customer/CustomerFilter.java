package org.kehu.customer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters and the sort of the customer list, shared by the page, the API and the export. Every
 * field is optional; {@code q} matches a substring of the name or, when it is only letters, the pinyin
 * initials. {@code sort} is one of updated (default), name, code, created. {@code credit} and {@code loyalty} are the
 * levels the ratings module writes (RED_LIST, VERY_LOYAL …). {@code pAliveMin}…{@code clvMax} bound the lifetime
 * value scores (P(alive) 0–1, CLV in yuan), kept as the text given so that a bad number is a message beside its
 * field, not a failed binding; the sorts {@code clv}, {@code palive} and {@code expected} order by the scores.
 */
public record CustomerFilter(String code, String q, String province, String city, String nature, String group,
        String industry, String grade, Long owner, String status, String sort, String credit, String loyalty,
        String pAliveMin, String pAliveMax, String clvMin, String clvMax) {

    public CustomerFilter {
        code = blankToNull(code);
        q = blankToNull(q);
        province = blankToNull(province);
        city = blankToNull(city);
        nature = blankToNull(nature);
        group = blankToNull(group);
        industry = blankToNull(industry);
        grade = blankToNull(grade);
        status = blankToNull(status);
        credit = blankToNull(credit);
        loyalty = blankToNull(loyalty);
        pAliveMin = blankToNull(pAliveMin);
        pAliveMax = blankToNull(pAliveMax);
        clvMin = blankToNull(clvMin);
        clvMax = blankToNull(clvMax);
        sort = blankToNull(sort) == null ? "updated" : sort.strip();
    }

    /** Without the rating filters (credit list, loyalty level), as callers before them wrote it. */
    public CustomerFilter(String code, String q, String province, String city, String nature, String group,
            String industry, String grade, Long owner, String status, String sort) {
        this(code, q, province, city, nature, group, industry, grade, owner, status, sort, null, null);
    }

    /** Without the lifetime value ranges, as callers before them wrote it. */
    public CustomerFilter(String code, String q, String province, String city, String nature, String group,
            String industry, String grade, Long owner, String status, String sort, String credit, String loyalty) {
        this(code, q, province, city, nature, group, industry, grade, owner, status, sort, credit, loyalty, null, null,
                null, null);
    }

    /** Whether the filter or the sort asks about the lifetime value scores. */
    public boolean usesValues() {
        return pAliveMin != null || pAliveMax != null || clvMin != null || clvMax != null || "clv".equals(sort)
                || "palive".equals(sort) || "expected".equals(sort);
    }

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The filter as a query string (without paging), for links, saved filters and the export. */
    public String toQueryString() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("q", q);
        m.put("province", province);
        m.put("city", city);
        m.put("nature", nature);
        m.put("group", group);
        m.put("industry", industry);
        m.put("grade", grade);
        m.put("owner", owner);
        m.put("status", status);
        m.put("credit", credit);
        m.put("loyalty", loyalty);
        m.put("pAliveMin", pAliveMin);
        m.put("pAliveMax", pAliveMax);
        m.put("clvMin", clvMin);
        m.put("clvMax", clvMax);
        m.put("sort", "updated".equals(sort) ? null : sort);
        return m.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
