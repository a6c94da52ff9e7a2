package org.kehu.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kehu.identity.UserDirectory;
import org.kehu.order.internal.OrderSideTables;
import org.kehu.order.internal.SalesOrder;
import org.kehu.order.internal.SalesOrderRepository;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer's own orders, as the customer portal shows them to the customer's contacts: read-only, scoped by
 * the customer id the caller (the portal) has established, with no staff data scope. Another customer's order is
 * "not found".
 */
@Service
@Transactional(readOnly = true)
public class CustomerOrders {

    /** Which of the customer's orders a list shows. */
    public enum Which {
        ALL, OPEN, COMPLETED
    }

    public static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final SalesOrderRepository orders;
    private final OrderSideTables side;
    private final UserDirectory users;

    CustomerOrders(JdbcClient jdbc, SalesOrderRepository orders, OrderSideTables side, UserDirectory users) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.side = side;
        this.users = users;
    }

    /** The customer's orders, newest first, keyset paged on (order date, id), forward only. */
    public KeysetPage<OrderRow> page(long customerId, Which which, String after, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        String status = switch (which) {
            case ALL -> "";
            case OPEN -> " and o.status in ('PENDING', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED')";
            case COMPLETED -> " and o.status = 'COMPLETED'";
        };
        var sql = new StringBuilder("""
                select o.id, o.number, o.customer_id, o.order_date, o.status, o.total, o.promised_date, o.owner_id
                  from sales_order o where o.customer_id = :customer""").append(status);
        Cursor.Position<java.time.LocalDate> from = null;
        if (Cursor.given(after)) {
            from = Cursor.parse(after, "after", java.time.LocalDate.class);
            sql.append(" and (o.order_date, o.id) < (:day, :id)");
        }
        sql.append(" order by o.order_date desc, o.id desc limit :limit");
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("customer", customerId).param("limit", limit + 1);
        if (from != null) {
            query = query.param("day", from.value()).param("id", from.id());
        }
        List<OrderRow> rows = query.query((rs, n) -> new OrderRow(rs.getLong("id"), rs.getString("number"),
                rs.getLong("customer_id"), null, rs.getObject("order_date", java.time.LocalDate.class),
                OrderStatus.valueOf(rs.getString("status")), rs.getBigDecimal("total"),
                rs.getObject("promised_date", java.time.LocalDate.class), rs.getLong("owner_id"), null)).list();
        return KeysetPage.of(rows, limit, false, from != null, true, r -> Cursor.of(r.orderDate(), r.id()));
    }

    /** How many of the customer's orders are open (neither completed nor cancelled). */
    public long countOpen(long customerId) {
        return jdbc.sql("""
                select count(*) from sales_order where customer_id = :customer
                   and status in ('PENDING', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED')""")
                .param("customer", customerId).query(Long.class).single();
    }

    /** The customer's order of this number with its lines; empty for an unknown number or another customer's order. */
    public Optional<OrderDetails> find(long customerId, String number) {
        if (number == null || number.isBlank() || number.length() > 24) {
            return Optional.empty();
        }
        return jdbc.sql("select id from sales_order where number = :number and customer_id = :customer")
                .param("number", number.strip()).param("customer", customerId).query(Long.class).optional()
                .flatMap(orders::findById).map(this::details);
    }

    /** Where the goods of the customer's order were, newest first; empty for another customer's order. */
    public List<TrackingEvent> tracking(long customerId, long orderId) {
        return orders.findById(orderId).filter(o -> o.getCustomerId() == customerId).map(o -> side.tracking(orderId))
                .orElse(List.of());
    }

    private OrderDetails details(SalesOrder o) {
        String customerName = side.customerName(o.getCustomerId()).orElse("#" + o.getCustomerId());
        String ownerName = users.names(List.of(o.getOwnerId())).get(o.getOwnerId());
        return new OrderDetails(o.getId(), o.getNumber(), o.getCustomerId(), customerName, o.getOwnerId(), ownerName,
                o.getOrderDate(), o.getDeliveryAddress(), o.getWarehouseId(), null, o.getPromisedDate(), o.getStatus(),
                Objects.requireNonNull(o.getTotal()), o.getNote(), o.getCreatedAt(), o.getUpdatedAt(), o.getVersion(),
                o.lineDetails());
    }
}
