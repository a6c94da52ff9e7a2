package org.kehu.order;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order tracking without a login (the portal's 订单跟踪): the order number and the last four digits of a phone the
 * buyer knows, the second factor a stranger cannot guess. Orders record no contact of their own, so the phones
 * are the customer's main contact's mobile and office phone, and the customer's phone. A wrong pair answers the
 * same as an unknown number, so the answer tells nothing about which numbers exist; the caller limits the tries.
 */
@Component
@Transactional(readOnly = true)
public class OrderTracking {

    private final JdbcClient jdbc;

    OrderTracking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order when the number is known and the four digits end one of its buyer's phones; empty otherwise. */
    public Optional<TrackedOrder> find(String number, String phoneLastFour) {
        if (number == null || phoneLastFour == null || !phoneLastFour.matches("\\d{4}") || number.length() > 24) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("""
                select o.id from sales_order o
                  join customer c on c.id = o.customer_id
                  left join contact m on m.id = c.main_contact_id
                 where o.number = :number and :four in (%s, %s, %s)"""
                .formatted(lastFour("m.mobile"), lastFour("m.office_phone"), lastFour("c.phone")))
                .param("number", number.strip().toUpperCase(Locale.ROOT)).param("four", phoneLastFour)
                .query(Long.class).optional();
        return id.map(this::tracked);
    }

    /**
     * The last four digits of a stored phone. Landlines are stored as {@code 010-12345678-123}: the extension is
     * not part of the number a buyer gives, so it is cut off first ({@code 400-812-3456} has none).
     */
    private static String lastFour(String column) {
        return "right(regexp_replace(regexp_replace(coalesce(" + column
                + ", ''), '^(0\\d{2,3}-\\d{7,8})-\\d+$', '\\1'), '\\D', '', 'g'), 4)";
    }

    private TrackedOrder tracked(long id) {
        var stops = jdbc.sql("""
                select occurred_at, place, note from sales_order_tracking where order_id = ? order by occurred_at desc, id desc""")
                .param(id).query((rs, n) -> new TrackedOrder.Stop(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("place"), rs.getString("note"))).list();
        return jdbc.sql("select number, status, order_date, promised_date from sales_order where id = ?").param(id)
                .query((rs, n) -> new TrackedOrder(rs.getString("number"), OrderStatus.valueOf(rs.getString("status")),
                        rs.getObject("order_date", LocalDate.class),
                        rs.getObject("promised_date", LocalDate.class), stops)).single();
    }
}
