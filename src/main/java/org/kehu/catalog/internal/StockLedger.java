package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changes one stock row by a delta of on-hand and reserved, only when the result keeps
 * {@code 0 <= reserved <= on_hand}, and writes the movement. The condition sits in the update itself, so
 * two orders confirmed at once cannot both take the last piece.
 */
@Component
public class StockLedger {

    /** The stock row after a change. */
    public record Level(BigDecimal onHand, BigDecimal reserved) {
        public BigDecimal available() {
            return onHand.subtract(reserved);
        }
    }

    private final JdbcClient jdbc;

    StockLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the change, or answers empty and changes nothing when it would break the rule. */
    public Optional<Level> apply(long productId, long warehouseId, String kind, BigDecimal onHandDelta,
            BigDecimal reservedDelta, BigDecimal quantity, String reason, String reference, Long actorId) {
        jdbc.sql("insert into stock(product_id, warehouse_id) values (?, ?) on conflict do nothing")
                .params(productId, warehouseId).update();
        Optional<Level> level = jdbc.sql("""
                update stock set on_hand = on_hand + :on, reserved = reserved + :res
                 where product_id = :p and warehouse_id = :w
                   and on_hand + :on >= 0 and reserved + :res >= 0 and reserved + :res <= on_hand + :on
                returning on_hand, reserved""")
                .param("on", onHandDelta).param("res", reservedDelta).param("p", productId).param("w", warehouseId)
                .query((rs, n) -> new Level(rs.getBigDecimal(1), rs.getBigDecimal(2))).optional();
        level.ifPresent(l -> jdbc.sql("""
                insert into stock_movement(product_id, warehouse_id, kind, quantity, on_hand_after, reserved_after,
                                           reason, reference, actor_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(productId, warehouseId, kind, quantity, l.onHand(), l.reserved(), reason, reference, actorId)
                .update());
        return level;
    }

    public Level level(long productId, long warehouseId) {
        return jdbc.sql("select on_hand, reserved from stock where product_id = ? and warehouse_id = ?")
                .params(productId, warehouseId)
                .query((rs, n) -> new Level(rs.getBigDecimal(1), rs.getBigDecimal(2))).optional()
                .orElse(new Level(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** Available (on hand less reserved) of these products in a warehouse; a product without stock is left out. */
    public Map<Long, BigDecimal> available(Collection<Long> productIds, long warehouseId) {
        Map<Long, BigDecimal> available = new HashMap<>();
        jdbc.sql("select product_id, on_hand - reserved from stock where warehouse_id = ? and product_id = any(?)")
                .params(warehouseId, productIds.toArray(Long[]::new))
                .query(rs -> {
                    available.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return available;
    }

    /** Another warehouse and what it has available of a product. */
    public record Elsewhere(String warehouseName, BigDecimal available) {
    }

    /** The other warehouse with the most available of a product, if any has {@code needed} or more. */
    public Optional<Elsewhere> mostAvailableElsewhere(long productId, long warehouseId, BigDecimal needed) {
        return jdbc.sql("""
                select w.name, s.on_hand - s.reserved from stock s join warehouse w on w.id = s.warehouse_id
                 where s.product_id = ? and s.warehouse_id <> ? and s.on_hand - s.reserved >= ?
                 order by s.on_hand - s.reserved desc, w.sort_order, w.id limit 1""")
                .params(productId, warehouseId, needed)
                .query((rs, n) -> new Elsewhere(rs.getString(1), rs.getBigDecimal(2))).optional();
    }

    public String warehouseName(long warehouseId) {
        return jdbc.sql("select name from warehouse where id = ?").param(warehouseId).query(String.class)
                .optional().orElse("#" + warehouseId);
    }

    public String productCode(long productId) {
        return jdbc.sql("select code || ' ' || name from product where id = ?").param(productId).query(String.class)
                .optional().orElse("#" + productId);
    }
}
