package org.kehu.order.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kehu.identity.OwnerScope;
import org.kehu.order.OrderFilter;
import org.kehu.order.OrderRow;
import org.kehu.order.OrderStatus;
import org.kehu.shared.paging.CappedCount;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order list in SQL, newest order date first: filters, the data scope (the order's owner) and keyset
 * paging on (order_date, id), which the indexes of V70 serve for every filter, so a deep page costs what the
 * first does. Nothing counts the table beyond a capped count.
 */
@Component
public class OrderListQuery {

    /** The columns and joins of a row; the bench's raw SQL reads the same. */
    public static final String SELECT = """
            select o.id, o.number, o.customer_id, c.name as customer_name, o.order_date, o.status, o.total,
                   o.promised_date, o.owner_id, u.name as owner_name
              from sales_order o join customer c on c.id = o.customer_id left join app_user u on u.id = o.owner_id
            """;
    private static final String ORDER = " order by o.order_date desc, o.id desc";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    OrderListQuery(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate t = new JdbcTemplate(template.getDataSource());
        t.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(t);
    }

    public KeysetPage<OrderRow> page(OrderFilter filter, OwnerScope scope, String after, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        if (Cursor.given(after)) {
            Cursor.Position<LocalDate> at = Cursor.parse(after, "after", LocalDate.class);
            where.append(" and (o.order_date, o.id) < (:afterDate, :afterId)");
            params.put("afterDate", at.value());
            params.put("afterId", at.id());
        }
        List<OrderRow> rows = jdbc.sql(SELECT + where + ORDER + " limit :limit").params(params)
                .param("limit", size + 1).query(OrderListQuery::row).list();
        return KeysetPage.forward(rows, size, r -> Cursor.of(r.orderDate(), r.id()));
    }

    /** How many orders match, counted as far as the pager shows. */
    public CappedCount count(OrderFilter filter, OwnerScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        return new CappedCount(jdbc.sql(CappedCount.sql("from sales_order o " + where)).params(params)
                .query(Long.class).single());
    }

    /** Streams every matching row in the list's order; call inside a transaction. */
    public void forEach(OrderFilter filter, OwnerScope scope, Consumer<OrderRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(filter, scope, params);
        streaming.query(SELECT + where + ORDER, params, rs -> {
            sink.accept(row(rs, 0));
        });
    }

    /** A customer's orders in the scope: all, completed or open ones, newest first. */
    public List<OrderRow> ofCustomer(long customerId, OwnerScope scope, List<OrderStatus> statuses, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = where(new OrderFilter(null, null, customerId, null, null), scope, params);
        if (statuses != null) {
            where.append(" and o.status = any(:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toArray(String[]::new));
        }
        return jdbc.sql(SELECT + where + ORDER + " limit :limit").params(params).param("limit", limit)
                .query(OrderListQuery::row).list();
    }

    private static StringBuilder where(OrderFilter f, OwnerScope scope, Map<String, Object> p) {
        StringBuilder w = new StringBuilder(" where true");
        if (!scope.all()) {
            w.append(" and o.owner_id = any(:scopeIds)");
            p.put("scopeIds", scope.ownerIdArray());
        }
        if (f.status() != null) {
            w.append(" and o.status = :status");
            p.put("status", f.status());
        }
        if (f.month() != null) {
            YearMonth m = f.yearMonth();
            w.append(" and o.order_date >= :monthStart and o.order_date < :monthEnd");
            p.put("monthStart", m.atDay(1));
            p.put("monthEnd", m.plusMonths(1).atDay(1));
        }
        if (f.customer() != null) {
            w.append(" and o.customer_id = :customer");
            p.put("customer", f.customer());
        }
        if (f.owner() != null) {
            w.append(" and o.owner_id = :owner");
            p.put("owner", f.owner());
        }
        if (f.q() != null) {
            w.append(" and (o.number like :numberPrefix or o.customer_id in (select id from customer where name ilike :nameLike))");
            p.put("numberPrefix", Like.startsWith(f.q().toUpperCase()));
            p.put("nameLike", Like.contains(f.q()));
        }
        return w;
    }

    static OrderRow row(ResultSet rs, int n) throws SQLException {
        return new OrderRow(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
                rs.getString("customer_name"), rs.getObject("order_date", LocalDate.class),
                OrderStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total"),
                rs.getObject("promised_date", LocalDate.class), (Long) rs.getObject("owner_id"), rs.getString("owner_name"));
    }
}
