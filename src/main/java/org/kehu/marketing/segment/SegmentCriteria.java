package org.kehu.marketing.segment;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.kehu.shared.web.RefuseUnknownFields;

/**
 * A segment's filter, as stored (JSON) and as the API takes it; every field is optional and the fields are joined by
 * AND, the values of one list field by OR. Customer fields: region ({@code provinces}, {@code cities}), the dictionary
 * codes of nature, group, industry, grade and source, status, owners, credit and loyalty levels of the ratings, RFM
 * segments, CLV (yuan) and P(alive) (0–1) ranges, "no order for N days", "ordered within N days" and product
 * categories bought. Contact fields (a customer is a member when one of his contacts matches; the segment then
 * reaches those contacts): has an e-mail, has a mobile, birthday month, position (part of the title), marketing
 * consent (given and not opted out). {@link SegmentChecks} checks every bound before it is stored or run.
 */
@RefuseUnknownFields
public record SegmentCriteria(List<String> provinces, List<String> cities, List<String> natures, List<String> groups,
        List<String> industries, List<String> grades, List<String> sources, List<String> statuses, List<Long> owners,
        List<String> credit, List<String> loyalty, List<String> rfm, BigDecimal clvMin, BigDecimal clvMax,
        BigDecimal pAliveMin, BigDecimal pAliveMax, Integer noOrderForDays, Integer orderedWithinDays,
        List<Long> categories, Boolean contactHasEmail, Boolean contactHasMobile, Integer contactBirthdayMonth,
        String contactTitle, Boolean contactConsent) {

    public SegmentCriteria {
        provinces = codes(provinces);
        cities = codes(cities);
        natures = codes(natures);
        groups = codes(groups);
        industries = codes(industries);
        grades = codes(grades);
        sources = codes(sources);
        statuses = codes(statuses);
        owners = ids(owners);
        credit = codes(credit);
        loyalty = codes(loyalty);
        rfm = codes(rfm);
        categories = ids(categories);
        contactTitle = contactTitle == null || contactTitle.isBlank() ? null : contactTitle.strip();
    }

    /** No criterion: every customer in the reader's scope. */
    public static SegmentCriteria everyone() {
        return new SegmentCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether any contact field is set: then a member customer needs a matching contact. */
    public boolean hasContactCriteria() {
        return contactHasEmail != null || contactHasMobile != null || contactBirthdayMonth != null
                || contactTitle != null || contactConsent != null;
    }

    private static List<String> codes(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v.strip());
            }
        }
        return List.copyOf(kept);
    }

    private static List<Long> ids(List<Long> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
    }
}
