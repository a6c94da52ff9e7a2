package org.kehu.marketing.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.OwnerScope;
import org.kehu.marketing.SqlSet;
import org.kehu.shared.paging.Like;

/**
 * A segment's filter as SQL over {@code customer c}: only fixed SQL text, every value a bind parameter. Customer
 * fields test the customer row (the ratings are copied onto it; the lifetime value scores into the customer module's
 * {@code customer_score cs}, one row per customer, joined only when a score range is asked for); the RFM segment, the
 * orders and the categories bought are the analytics read models ({@code analytics_customer_rfm},
 * {@code analytics_purchase_day}, {@code analytics_sales_day}), each probed by its index per candidate, except that
 * with an RFM segment the region and the recency are read from the RFM row too; contact fields
 * ask for one matching contact. The data scope, when given, is the owner test of every customer query.
 *
 * @param fromWhere {@code from customer c [join customer_score cs ...] where ...}
 * @param params    the named parameters
 */
record SegmentSql(String fromWhere, Map<String, Object> params) {

    /** The contact conditions on {@code ct}, without a leading {@code and}; "true" when there are none. */
    static String contactConditions(SegmentCriteria c, Map<String, Object> p) {
        StringBuilder w = new StringBuilder("true");
        if (c.contactHasEmail() != null) {
            w.append(c.contactHasEmail() ? " and coalesce(ct.email, '') <> ''" : " and coalesce(ct.email, '') = ''");
        }
        if (c.contactHasMobile() != null) {
            w.append(c.contactHasMobile() ? " and coalesce(ct.mobile, '') <> ''" : " and coalesce(ct.mobile, '') = ''");
        }
        if (c.contactBirthdayMonth() != null) {
            w.append(" and extract(month from ct.birthday) = :contactBirthdayMonth");
            p.put("contactBirthdayMonth", c.contactBirthdayMonth());
        }
        if (c.contactTitle() != null) {
            w.append(" and ct.title ilike :contactTitle");
            p.put("contactTitle", Like.contains(c.contactTitle()));
        }
        if (c.contactConsent() != null) {
            // Consent counts only while the contact has not opted out: an opt-out overrides a consent given by staff.
            w.append(c.contactConsent() ? " and ct.marketing_consent and ct.opted_out_at is null"
                    : " and not (ct.marketing_consent and ct.opted_out_at is null)");
        }
        return w.toString();
    }

    /** The customers the filter selects on {@code today}, within {@code scope} (everyone when null). */
    static SegmentSql of(SegmentCriteria c, OwnerScope scope, LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>();
        boolean scores = c.clvMin() != null || c.clvMax() != null || c.pAliveMin() != null || c.pAliveMax() != null;
        StringBuilder w = new StringBuilder(scores ? "from customer c join customer_score cs on cs.customer_id = c.id where true"
                : "from customer c where true");
        if (scope != null && !scope.all()) {
            w.append(" and c.owner_id = any(:scopeIds)");
            p.put("scopeIds", scope.ownerIdArray());
        }
        in(w, p, "c.province_code", "provinces", c.provinces());
        in(w, p, "c.city_code", "cities", c.cities());
        in(w, p, "c.nature_code", "natures", c.natures());
        in(w, p, "c.group_code", "groups", c.groups());
        in(w, p, "c.industry_code", "industries", c.industries());
        in(w, p, "c.grade_code", "grades", c.grades());
        in(w, p, "c.source_code", "sources", c.sources());
        in(w, p, "c.status", "statuses", c.statuses());
        in(w, p, "c.credit_rating", "credit", c.credit());
        in(w, p, "c.loyalty_rating", "loyalty", c.loyalty());
        if (!c.owners().isEmpty()) {
            w.append(" and c.owner_id = any(:owners)");
            p.put("owners", c.owners().toArray(Long[]::new));
        }
        // On the customer list's sort expressions (customer_score's indexes, V488); the sentinels lie outside every
        // bound, so that a customer without a score is out of any range.
        range(w, p, "coalesce(cs.clv, -1)", "clv", c.clvMin(), c.clvMax());
        range(w, p, "coalesce(cs.p_alive, 2)", "pAlive", c.pAliveMin(), c.pAliveMax());
        if (!c.rfm().isEmpty()) {
            // The RFM row also holds the province and the live last purchase day, so that region + RFM segment + no
            // order for N days is one index range of analytics_customer_rfm (province, segment, customer) with the
            // recency read from the index, not a join of the province's customers with the segment's RFM rows and a
            // probe of the purchases of each. The customer's own province is tested too, above: the row's copy may
            // only lag a change made by SQL, until the night.
            w.append(" and exists (select 1 from analytics_customer_rfm r where r.customer_id = c.id and r.segment = any(:rfm)");
            p.put("rfm", c.rfm().toArray(String[]::new));
            if (!c.provinces().isEmpty()) {
                w.append(" and r.province_code = any(:provinces)");
            }
            if (c.noOrderForDays() != null) {
                // A customer who never ordered (or whose purchases were all taken back) has had no order since.
                w.append(" and (r.last_purchase_day is null or r.last_purchase_day <= :noOrderSince)");
                p.put("noOrderSince", today.minusDays(c.noOrderForDays()));
            }
            w.append(")");
        }
        if (c.noOrderForDays() != null && c.rfm().isEmpty()) {
            // A customer who never ordered has had no order for any number of days.
            w.append(" and not exists (select 1 from analytics_purchase_day pd where pd.customer_id = c.id and pd.day > :noOrderSince)");
            p.put("noOrderSince", today.minusDays(c.noOrderForDays()));
        }
        if (c.orderedWithinDays() != null) {
            w.append(" and exists (select 1 from analytics_purchase_day po where po.customer_id = c.id and po.day > :orderedSince)");
            p.put("orderedSince", today.minusDays(c.orderedWithinDays()));
        }
        if (!c.categories().isEmpty()) {
            w.append(" and exists (select 1 from analytics_sales_day sd where sd.customer_id = c.id and sd.category_id = any(:categories))");
            p.put("categories", c.categories().toArray(Long[]::new));
        }
        if (c.hasContactCriteria()) {
            w.append(" and exists (select 1 from contact ct where ct.customer_id = c.id and ")
                    .append(contactConditions(c, p)).append(")");
        }
        return new SegmentSql(w.toString(), p);
    }

    /** The member customers: one column {@code customer_id}. */
    SqlSet customers() {
        return new SqlSet("select c.id as customer_id " + fromWhere, params);
    }

    /** The members' contacts: of each member customer, those matching the contact fields (all when there are none). */
    SqlSet contacts(SegmentCriteria c) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        String conditions = contactConditions(c, p);
        return new SqlSet("select ct.id as contact_id from contact ct where ct.customer_id in (select c.id " + fromWhere
                + ") and " + conditions, p);
    }

    private static void in(StringBuilder w, Map<String, Object> p, String column, String param, List<String> values) {
        if (!values.isEmpty()) {
            w.append(" and ").append(column).append(" = any(:").append(param).append(")");
            p.put(param, values.toArray(String[]::new));
        }
    }

    private static void range(StringBuilder w, Map<String, Object> p, String expression, String param, BigDecimal min,
            BigDecimal max) {
        if (min == null && max == null) {
            return;
        }
        // A missing lower bound is 0, which keeps the "no score" sentinel -1 out; a missing upper bound for P(alive)
        // is 1, which keeps its sentinel 2 out.
        w.append(" and ").append(expression).append(" >= :").append(param).append("Min");
        p.put(param + "Min", min == null ? BigDecimal.ZERO : min);
        BigDecimal upper = max != null ? max : "pAlive".equals(param) ? BigDecimal.ONE : null;
        if (upper != null) {
            w.append(" and ").append(expression).append(" <= :").append(param).append("Max");
            p.put(param + "Max", upper);
        }
    }
}
