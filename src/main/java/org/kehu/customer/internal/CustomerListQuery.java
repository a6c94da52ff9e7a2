package org.kehu.customer.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerPage;
import org.kehu.customer.CustomerRow;
import org.kehu.identity.OwnerScope;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.PinyinInitials;
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
                   mc.name as main_contact_name, c.tax_number, c.address, c.created_at, c.updated_at
              from customer c left join app_user u on u.id = c.owner_id left join contact mc on mc.id = c.main_contact_id
            """;

    private enum Sort {
        UPDATED("c.updated_at", true), CREATED("c.created_at", true), NAME("c.name", false), CODE("c.code", false);

        final String column;
        final boolean descending;

        Sort(String column, boolean descending) {
            this.column = column;
            this.descending = descending;
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

    public CustomerPage page(CustomerFilter filter, OwnerScope scope, String after, String before, int size) {
        Sort sort = Sort.of(filter.sort());
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        boolean backwards = after == null && before != null;
        String cursor = backwards ? before : after;
        if (cursor != null) {
            Object[] key = decode(cursor, sort);
            // Forward on a descending sort means "smaller than the cursor"; backwards flips it.
            boolean smaller = sort.descending != backwards;
            where.append(" and (").append(sort.column).append(", c.id) ").append(smaller ? "<" : ">")
                    .append(" (:cursorValue, :cursorId)");
            params.put("cursorValue", key[0]);
            params.put("cursorId", key[1]);
        }
        boolean descending = sort.descending != backwards;
        String order = " order by " + sort.column + (descending ? " desc" : " asc") + ", c.id" + (descending ? " desc" : " asc");
        var spec = jdbc.sql(SELECT + where + order + " limit :limit").params(params).param("limit", size + 1);
        List<CustomerRow> rows = new ArrayList<>(spec.query(CustomerListQuery::row).list());
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        String next = null;
        String previous = null;
        if (!rows.isEmpty()) {
            boolean hasNext = backwards || more;
            boolean hasPrevious = backwards ? more : cursor != null;
            next = hasNext ? encode(rows.get(rows.size() - 1), sort) : null;
            previous = hasPrevious ? encode(rows.get(0), sort) : null;
        }
        return new CustomerPage(rows, next, previous);
    }

    /** How many customers match, counting no further than {@code limit} (the pager shows "limit+"). */
    public long countUpTo(CustomerFilter filter, OwnerScope scope, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        return jdbc.sql("select count(*) from (select 1 from customer c " + where + " limit :limit) x").params(params)
                .param("limit", limit + 1).query(Long.class).single();
    }

    /** Streams every matching row, in the list's order, to {@code sink}; call inside a transaction. */
    public void forEach(CustomerFilter filter, OwnerScope scope, Consumer<CustomerRow> sink) {
        Sort sort = Sort.of(filter.sort());
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        String order = " order by " + sort.column + (sort.descending ? " desc" : " asc") + ", c.id" + (sort.descending ? " desc" : " asc");
        streaming.query(SELECT + where + order, params, rs -> {
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
            p.put("code", escapeLike(f.code().toUpperCase()) + "%");
        }
        if (f.q() != null) {
            // The search box takes a name, pinyin initials or an exact code alike.
            if (PinyinInitials.looksLikeInitials(f.q())) {
                w.append(" and (c.name ilike :nameLike or c.name_initials like :initials or c.code = :qCode)");
                p.put("initials", PinyinInitials.likePattern(f.q()));
            } else {
                w.append(" and (c.name ilike :nameLike or c.code = :qCode)");
            }
            p.put("nameLike", "%" + escapeLike(f.q()) + "%");
            p.put("qCode", f.q().toUpperCase());
        }
        eq(w, p, "province_code", "province", f.province());
        eq(w, p, "city_code", "city", f.city());
        eq(w, p, "nature_code", "nature", f.nature());
        eq(w, p, "group_code", "grp", f.group());
        eq(w, p, "industry_code", "industry", f.industry());
        eq(w, p, "grade_code", "grade", f.grade());
        eq(w, p, "status", "status", f.status());
        if (f.owner() != null) {
            w.append(" and c.owner_id = :owner");
            p.put("owner", f.owner());
        }
        return w;
    }

    private static void eq(StringBuilder w, Map<String, Object> p, String column, String param, String value) {
        if (value != null) {
            w.append(" and c.").append(column).append(" = :").append(param);
            p.put(param, value);
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String encode(CustomerRow r, Sort sort) {
        String value = switch (sort) {
            case UPDATED -> Long.toString(micros(r.updatedAt()));
            case CREATED -> Long.toString(micros(r.createdAt()));
            case NAME -> r.name();
            case CODE -> r.code();
        };
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((r.id() + ":" + value).getBytes(StandardCharsets.UTF_8));
    }

    private static Object[] decode(String cursor, Sort sort) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            long id = Long.parseLong(s.substring(0, colon));
            String value = s.substring(colon + 1);
            Object key = sort.timestamp() ? fromMicros(Long.parseLong(value)).atOffset(java.time.ZoneOffset.UTC) : value;
            return new Object[] {key, id};
        } catch (RuntimeException e) {
            throw InvalidInputException.of("after", "customer.error.cursor");
        }
    }

    private static long micros(Instant i) {
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static CustomerRow row(ResultSet rs, int n) throws SQLException {
        return new CustomerRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("phone"),
                rs.getString("province_code"), rs.getString("city_code"), rs.getString("nature_code"),
                rs.getString("group_code"), rs.getString("industry_code"), rs.getString("grade_code"),
                rs.getString("source_code"), rs.getString("status"), (Long) rs.getObject("owner_id"),
                rs.getString("owner_name"), rs.getString("main_contact_name"), rs.getString("tax_number"),
                rs.getString("address"), CustomerReads.instant(rs, "created_at"), CustomerReads.instant(rs, "updated_at"));
    }
}
