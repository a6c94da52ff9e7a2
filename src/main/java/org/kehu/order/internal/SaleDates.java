package org.kehu.order.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.kehu.order.LastSale;
import org.kehu.order.OrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When customers last bought, in SQL over sets: one aggregate over the orders answers a million customers,
 * streamed so that memory stays flat. An order is a sale when it is confirmed, in production, shipped,
 * delivered or completed, dated by its order date.
 */
@Component
public class SaleDates {

    /** The statuses of orders that count as sales (pending orders are not yet sold, cancelled ones never were). */
    static final String[] SALE_STATUSES = {OrderStatus.CONFIRMED.name(), OrderStatus.IN_PRODUCTION.name(),
            OrderStatus.SHIPPED.name(), OrderStatus.DELIVERED.name(), OrderStatus.COMPLETED.name()};

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    SaleDates(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate t = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        t.setFetchSize(5_000);
        this.streaming = new NamedParameterJdbcTemplate(t);
    }

    /** Streams, in chunks, the customers whose last sale was before {@code cutoff}; call inside a transaction. */
    public void lastSalesBefore(LocalDate cutoff, int chunkSize, Consumer<List<LastSale>> chunks) {
        List<LastSale> chunk = new ArrayList<>(chunkSize);
        streaming.query("""
                select customer_id, max(order_date) as day from sales_order where status = any(:sales)
                 group by customer_id having max(order_date) < :cutoff order by customer_id""",
                new MapSqlParameterSource("sales", SALE_STATUSES).addValue("cutoff", cutoff), rs -> {
                    chunk.add(new LastSale(rs.getLong(1), rs.getObject(2, LocalDate.class)));
                    if (chunk.size() >= chunkSize) {
                        chunks.accept(List.copyOf(chunk));
                        chunk.clear();
                    }
                });
        if (!chunk.isEmpty()) {
            chunks.accept(List.copyOf(chunk));
        }
    }

    /** The last sale of each of these customers that has one. */
    public Map<Long, LocalDate> lastSales(Collection<Long> customerIds) {
        Long[] ids = customerIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        Map<Long, LocalDate> found = new HashMap<>();
        if (ids.length == 0) {
            return found;
        }
        jdbc.sql("""
                select customer_id, max(order_date) from sales_order
                 where customer_id = any(:ids) and status = any(:sales) group by customer_id""")
                .param("ids", ids).param("sales", SALE_STATUSES)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return found;
    }

    public Optional<Long> customerOf(long orderId) {
        return jdbc.sql("select customer_id from sales_order where id = :id").param("id", orderId)
                .query(Long.class).optional();
    }
}
