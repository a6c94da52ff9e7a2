package org.kehu.order.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kehu.customer.AttachmentFile;
import org.kehu.order.ContractInfo;
import org.kehu.order.OrderStatus;
import org.kehu.order.StatusChange;
import org.kehu.order.TrackingEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What hangs off an order besides its lines: the status history, tracking events and contract files. */
@Component
public class OrderSideTables {

    private final JdbcClient jdbc;

    OrderSideTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordStatus(long orderId, OrderStatus from, OrderStatus to, Long actorId, Instant at) {
        jdbc.sql("insert into sales_order_status_change(order_id, from_status, to_status, actor_id, at) values (?, ?, ?, ?, ?)")
                .params(orderId, from == null ? null : from.name(), to.name(), actorId, Timestamp.from(at)).update();
    }

    public List<StatusChange> history(long orderId) {
        return jdbc.sql("""
                select h.from_status, h.to_status, u.name, h.at from sales_order_status_change h
                  left join app_user u on u.id = h.actor_id where h.order_id = ? order by h.at, h.id""").param(orderId)
                .query((rs, n) -> new StatusChange(rs.getString(1) == null ? null : OrderStatus.valueOf(rs.getString(1)),
                        OrderStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    public long addTracking(long orderId, Instant occurredAt, String place, String note, Long actorId, Instant now) {
        return jdbc.sql("""
                insert into sales_order_tracking(order_id, occurred_at, place, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(orderId, Timestamp.from(occurredAt), place, note, actorId, Timestamp.from(now)).query(Long.class).single();
    }

    /** Newest first. */
    public List<TrackingEvent> tracking(long orderId) {
        return jdbc.sql("""
                select t.id, t.occurred_at, t.place, t.note, u.name, t.recorded_at from sales_order_tracking t
                  left join app_user u on u.id = t.recorded_by where t.order_id = ? order by t.occurred_at desc, t.id desc""")
                .param(orderId)
                .query((rs, n) -> new TrackingEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    public long addContract(long orderId, String filename, String contentType, byte[] content, Long actorId, Instant now) {
        return jdbc.sql("""
                insert into sales_order_contract(order_id, filename, content_type, size_bytes, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(orderId, filename, contentType, content.length, content, actorId, Timestamp.from(now))
                .query(Long.class).single();
    }

    public List<ContractInfo> contracts(long orderId) {
        return jdbc.sql("""
                select c.id, c.filename, c.content_type, c.size_bytes, u.name, c.uploaded_at from sales_order_contract c
                  left join app_user u on u.id = c.uploaded_by where c.order_id = ? order by c.uploaded_at, c.id""")
                .param(orderId)
                .query((rs, n) -> new ContractInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    public Optional<AttachmentFile> contract(long orderId, long contractId) {
        return jdbc.sql("select filename, content_type, content from sales_order_contract where order_id = ? and id = ?")
                .params(orderId, contractId)
                .query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    public boolean deleteContract(long orderId, long contractId) {
        return jdbc.sql("delete from sales_order_contract where order_id = ? and id = ?").params(orderId, contractId)
                .update() > 0;
    }

    public Optional<String> customerName(long customerId) {
        return jdbc.sql("select name from customer where id = ?").param(customerId).query(String.class).optional();
    }

    public int moveCustomer(long sourceId, long targetId) {
        return jdbc.sql("update sales_order set customer_id = ?, version = version + 1 where customer_id = ?")
                .params(targetId, sourceId).update();
    }

    public boolean customerHasOrders(long customerId) {
        return jdbc.sql("select exists (select 1 from sales_order where customer_id = ?)").param(customerId)
                .query(Boolean.class).single();
    }
}
