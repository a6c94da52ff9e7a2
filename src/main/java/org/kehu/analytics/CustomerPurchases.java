package org.kehu.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When customers last bought, from the purchase days of the sales read model ({@code analytics_purchase_day}),
 * in SQL over sets: the churn rule asks it for a million customers at once. No data scope: for rules and jobs,
 * not for pages.
 */
@Service
@Transactional(readOnly = true)
public class CustomerPurchases {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    CustomerPurchases(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        JdbcTemplate t = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        t.setFetchSize(5_000);
        this.streaming = new NamedParameterJdbcTemplate(t);
    }

    /**
     * Streams, in chunks of at most {@code chunkSize}, every customer whose last purchase day is before
     * {@code cutoff}: one aggregate over the purchase days (which the primary key serves in customer order).
     * Customers who never bought are not among them.
     */
    public void lastPurchasesBefore(LocalDate cutoff, int chunkSize, Consumer<List<LastPurchase>> chunks) {
        List<LastPurchase> chunk = new ArrayList<>(chunkSize);
        streaming.query("""
                select customer_id, max(day) from analytics_purchase_day
                 group by customer_id having max(day) < :cutoff order by customer_id""",
                new MapSqlParameterSource("cutoff", cutoff), rs -> {
                    chunk.add(new LastPurchase(rs.getLong(1), rs.getObject(2, LocalDate.class)));
                    if (chunk.size() >= chunkSize) {
                        chunks.accept(List.copyOf(chunk));
                        chunk.clear();
                    }
                });
        if (!chunk.isEmpty()) {
            chunks.accept(List.copyOf(chunk));
        }
    }

    /** The last purchase day of each of these customers that has one, in one query. */
    public Map<Long, LocalDate> lastPurchases(Collection<Long> customerIds) {
        Long[] ids = customerIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        Map<Long, LocalDate> found = new HashMap<>();
        if (ids.length == 0) {
            return found;
        }
        jdbc.sql("select customer_id, max(day) from analytics_purchase_day where customer_id = any(:ids) group by customer_id")
                .param("ids", ids)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        return found;
    }
}
