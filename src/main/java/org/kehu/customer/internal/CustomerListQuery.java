package org.kehu.customer.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerRow;
import org.kehu.identity.OwnerScope;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.PinyinInitials;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer list in SQL: filters, the data scope, sorting and keyset paging (the sort key and the id
 * of the last row form the cursor, so page 50 costs what page 1 costs; nothing counts the table).
 */
@Component
public class CustomerListQuery {

    private static final String SELECT = """
            select c.id, c.code, c.name, c.phone, c.province_code, c.city_code, c.nature_code, c.group_code,
                   c.industry_code, c.grade_code, c.source_code, c.status, c.owner_id, u.name as owner_name,
                   mc.name as main_contact_name, c.tax_number, c.address, c.created_at, c.updated_at,
                   cs.p_alive, cs.expected_purchases_365, cs.clv
              from customer c join customer_score cs on cs.customer_id = c.id
              left join app_user u on u.id = c.owner_id left join contact mc on mc.id = c.main_contact_id
            """;
    /** Every customer has a score row (V488), so the inner join drops no one; counts join it only to filter by it. */
    private static final String SCORED = "from customer c join customer_score cs on cs.customer_id = c.id ";

    private enum Sort {
        UPDATED("c.updated_at", true), CREATED("c.created_at", true), NAME("c.name", false), CODE("c.code", false),
        // The scores sort on the expressions customer_score's indexes hold (V488): a customer without a score takes a
        // value outside the scores' range, so he comes last and the keyset stays one row comparison. Their tie-break
        // is the score row's customer_id (the same number as c.id), so that sort and keyset are both the index's
        // columns: the plan walks the score index, probes the customer by key and stops at the page.
        CLV("coalesce(cs.clv, -1)", true, 2, "-1"), PALIVE("coalesce(cs.p_alive, 2)", false, 6, "2"),
        EXPECTED("coalesce(cs.expected_purchases_365, -1)", true, 3, "-1");

        final String column;
        final boolean descending;
        /** For the scores: the decimals of the column (the cursor carries the value as a whole number) and the sentinel. */
        final int scale;
        final BigDecimal none;

        Sort(String column, boolean descending) {
            this(column, descending, -1, null);
        }

        Sort(String column, boolean descending, int scale, String none) {
            this.column = column;
            this.descending = descending;
            this.scale = scale;
            this.none = none == null ? null : new BigDecimal(none);
        }

        boolean score() {
            return scale >= 0;
        }

        /** The tie-break column, on the table whose index the sort walks. */
        String id() {
            return score() ? "cs.customer_id" : "c.id";
        }

        String orderBy(boolean descending) {
            String direction = descending ? " desc" : " asc";
            return " order by " + column + direction + ", " + id() + direction;
        }

        static Sort of(String s) {
            for (Sort v : values()) {
                if (v.name().equalsIgnoreCase(s)) {
                    return v;
                }
            }
            throw InvalidInputException.of("sort", "customer.error.unknown-code");
        }

        boolean timestamp() {
            return this == UPDATED || this == CREATED;
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    CustomerListQuery(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate t = new JdbcTemplate(template.getDataSource());
        t.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(t);
    }

    public KeysetPage<CustomerRow> page(CustomerFilter filter, OwnerScope scope, String after, String before, int size) {
        Sort sort = Sort.of(filter.sort());
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        boolean backwards = !Cursor.given(after) && Cursor.given(before);
        String cursor = backwards ? before : Cursor.given(after) ? after : null;
        if (cursor != null) {
            // Forward on a descending sort means "smaller than the cursor"; backwards flips it.
            boolean smaller = sort.descending != backwards;
            where.append(" and (").append(sort.column).append(", ").append(sort.id()).append(") ").append(smaller ? "<" : ">")
                    .append(" (:cursorValue, :cursorId)");
            String parameter = backwards ? "before" : "after";
            if (sort.score()) {
                Cursor.Position<Long> at = Cursor.parse(cursor, parameter, Long.class);
                params.put("cursorValue", BigDecimal.valueOf(at.value(), sort.scale));
                params.put("cursorId", at.id());
            } else if (sort.timestamp()) {
                Cursor.Position<Instant> at = Cursor.parse(cursor, parameter, Instant.class);
                params.put("cursorValue", at.value().atOffset(ZoneOffset.UTC));
                params.put("cursorId", at.id());
            } else {
                Cursor.Position<String> at = Cursor.parse(cursor, parameter, String.class);
                params.put("cursorValue", at.value());
                params.put("cursorId", at.id());
            }
        }
        String order = sort.orderBy(sort.descending != backwards);
        var spec = jdbc.sql(SELECT + where + order + " limit :limit").params(params).param("limit", size + 1);
        return KeysetPage.of(spec.query(CustomerListQuery::row).list(), size, backwards, cursor != null, false,
                r -> Cursor.of(sortKey(r, sort), r.id()));
    }

    /** Whether any customer has a score (one probe of the P(alive) index). */
    public boolean hasValues() {
        return jdbc.sql("select exists (select 1 from customer_score where coalesce(p_alive, 2) < 2)").query(Boolean.class)
                .single();
    }

    /** How many customers match, counting no further than the pager shows. */
    public CappedCount count(CustomerFilter filter, OwnerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        String from = ValueRanges.of(filter).any() ? SCORED : "from customer c ";
        return new CappedCount(jdbc.sql(CappedCount.sql(from + where)).params(params)
                .query(Long.class).single());
    }

    /** Streams every matching row, in the list's order, to {@code sink}; call inside a transaction. */
    public void forEach(CustomerFilter filter, OwnerScope scope, Consumer<CustomerRow> sink) {
        Sort sort = Sort.of(filter.sort());
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        streaming.query(SELECT + where + sort.orderBy(sort.descending), params, rs -> {
            sink.accept(row(rs, 0));
        });
    }

    private static StringBuilder where(CustomerFilter f, OwnerScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" where true");
        if (!scope.all()) {
            w.append(" and c.owner_id = any(:scopeIds)");
            p.put("scopeIds", scope.ownerIdArray());
        }
        if (f.code() != null) {
            w.append(" and c.code like :code");
            p.put("code", Like.startsWith(f.code().toUpperCase()));
        }
        if (f.q() != null) {
            // The search box takes a name, pinyin initials or an exact code alike.
            if (PinyinInitials.looksLikeInitials(f.q())) {
                w.append(" and (c.name ilike :nameLike or c.name_initials like :initials or c.code = :qCode)");
                p.put("initials", PinyinInitials.likePattern(f.q()));
            } else {
                w.append(" and (c.name ilike :nameLike or c.code = :qCode)");
            }
            p.put("nameLike", Like.contains(f.q()));
            p.put("qCode", f.q().toUpperCase());
        }
        eq(w, p, "province_code", "province", f.province());
        eq(w, p, "city_code", "city", f.city());
        eq(w, p, "nature_code", "nature", f.nature());
        eq(w, p, "group_code", "grp", f.group());
        eq(w, p, "industry_code", "industry", f.industry());
        eq(w, p, "grade_code", "grade", f.grade());
        eq(w, p, "status", "status", f.status());
        eq(w, p, "credit_rating", "credit", f.credit());
        eq(w, p, "loyalty_rating", "loyalty", f.loyalty());
        ValueRanges ranges = ValueRanges.of(f);
        // On the sort indexes' expressions, so that a range sorted by its own score is one index range scan; the
        // sentinels (2 for P(alive), -1 for CLV) lie outside the bounds, so customers without a score stay out.
        range(w, p, "coalesce(cs.p_alive, 2)", "pAlive", ranges.pAliveMin(), ranges.pAliveMax(), BigDecimal.ONE);
        range(w, p, "coalesce(cs.clv, -1)", "clv", ranges.clvMin(), ranges.clvMax(), null);
        if (f.owner() != null) {
            w.append(" and c.owner_id = :owner");
            p.put("owner", f.owner());
        }
        return w;
    }

    private static void range(StringBuilder w, Map<String, Object> p, String expression, String param, BigDecimal min,
            BigDecimal max, BigDecimal highest) {
        if (min == null && max == null) {
            return;
        }
        // A missing bound is the score's own limit (0, or 1 for P(alive)), which still keeps the sentinel out.
        w.append(" and ").append(expression).append(" >= :").append(param).append("Min");
        p.put(param + "Min", min == null ? BigDecimal.ZERO : min);
        if (max != null || highest != null) {
            w.append(" and ").append(expression).append(" <= :").append(param).append("Max");
            p.put(param + "Max", max == null ? highest : max);
        }
    }

    private static void eq(StringBuilder w, Map<String, Object> p, String column, String param, String value) {
        if (value != null) {
            w.append(" and c.").append(column).append(" = :").append(param);
            p.put(param, value);
        }
    }

    private static Object sortKey(CustomerRow r, Sort sort) {
        return switch (sort) {
            case UPDATED -> r.updatedAt();
            case CREATED -> r.createdAt();
            case NAME -> r.name();
            case CODE -> r.code();
            case CLV -> scoreKey(r.clv(), sort);
            case PALIVE -> scoreKey(r.pAlive(), sort);
            case EXPECTED -> scoreKey(r.expectedPurchases365(), sort);
        };
    }

    /** The score as the whole number the cursor carries (the sentinel for none, as the SQL sorts it). */
    private static Long scoreKey(BigDecimal value, Sort sort) {
        return (value == null ? sort.none : value).setScale(sort.scale, java.math.RoundingMode.UNNECESSARY)
                .unscaledValue().longValueExact();
    }

    private static CustomerRow row(ResultSet rs, int n) throws SQLException {
        return new CustomerRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("phone"),
                rs.getString("province_code"), rs.getString("city_code"), rs.getString("nature_code"),
                rs.getString("group_code"), rs.getString("industry_code"), rs.getString("grade_code"),
                rs.getString("source_code"), rs.getString("status"), (Long) rs.getObject("owner_id"),
                rs.getString("owner_name"), rs.getString("main_contact_name"), rs.getString("tax_number"),
                rs.getString("address"), CustomerReads.instant(rs, "created_at"), CustomerReads.instant(rs, "updated_at"),
                rs.getBigDecimal("p_alive"), rs.getBigDecimal("expected_purchases_365"), rs.getBigDecimal("clv"));
    }
}
