package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.kehu.catalog.MovementReferenceScope;
import org.springframework.beans.factory.ObjectProvider;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stock levels and movements by SQL, aggregated in the database. Pages are keyset pages: the stock by
 * (product code, warehouse id), the movements by (time, id) descending.
 */
@Component
public class StockQueries {

    private static final String TOTAL_AVAILABLE =
            "coalesce((select sum(t.on_hand - t.reserved) from stock t where t.product_id = p.id), 0)";

    /** Movements streamed to an export are checked against the reference scopes this many at a time. */
    private static final int SCOPE_BATCH = 500;

    private final JdbcClient jdbc;
    private final ObjectProvider<MovementReferenceScope> referenceScopes;

    StockQueries(JdbcClient jdbc, ObjectProvider<MovementReferenceScope> referenceScopes) {
        this.jdbc = jdbc;
        this.referenceScopes = referenceScopes;
    }

    /** A page of stock rows by product code and warehouse, after the cursor {@code after}. */
    public KeysetPage<StockRow> levels(StockFilter f, String after, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = stockWhere(f, params);
        if (Cursor.given(after)) {
            // The position is the product code and the warehouse id: a product is in a warehouse once.
            Cursor.Position<String> at = Cursor.parse(after, "after", String.class);
            params.put("afterCode", at.value());
            params.put("afterWarehouse", at.id());
            where.add("(p.code, s.warehouse_id) > (:afterCode, :afterWarehouse)");
        }
        String sql = STOCK + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by p.code, s.warehouse_id limit " + (size + 1);
        return KeysetPage.forward(jdbc.sql(sql).params(params).query(StockQueries::stockRow).list(), size,
                r -> Cursor.of(r.productCode(), r.warehouseId()));
    }

    /** Every matching stock row by product code and warehouse, one at a time, for the export. */
    public void forEachLevel(StockFilter f, Consumer<StockRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = stockWhere(f, params);
        jdbc.sql(STOCK + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by p.code, s.warehouse_id")
                .params(params).query((RowCallbackHandler) rs -> sink.accept(stockRow(rs, 0)));
    }

    private static final String STOCK = """
            select p.id, p.code, p.name, p.model, p.unit_code, w.id as warehouse_id, w.name as warehouse_name,
                   s.on_hand, s.reserved, p.low_stock_threshold, %s as total
              from stock s join product p on p.id = s.product_id join warehouse w on w.id = s.warehouse_id
            """.formatted(TOTAL_AVAILABLE);

    private static List<String> stockWhere(StockFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.getQ() != null && !f.getQ().isBlank()) {
            where.add("(p.code ilike :q or p.name ilike :q or p.model ilike :q)");
            params.put("q", Like.contains(f.getQ()));
        }
        if (f.getWarehouse() != null) {
            where.add("s.warehouse_id = :warehouse");
            params.put("warehouse", f.getWarehouse());
        }
        if (f.getCategory() != null) {
            where.add("p.category_id = :category");
            params.put("category", f.getCategory());
        }
        if (f.isBelow()) {
            where.add("p.low_stock_threshold > " + TOTAL_AVAILABLE);
        }
        return where;
    }

    /** Stock of one product in every warehouse, also where it has none. */
    public List<StockRow> ofProduct(long productId) {
        return jdbc.sql("""
                select p.id, p.code, p.name, p.model, p.unit_code, w.id as warehouse_id, w.name as warehouse_name,
                       coalesce(s.on_hand, 0) as on_hand, coalesce(s.reserved, 0) as reserved, p.low_stock_threshold,
                       %s as total
                  from product p cross join warehouse w
                  left join stock s on s.product_id = p.id and s.warehouse_id = w.id
                 where p.id = :id order by w.sort_order, w.id""".formatted(TOTAL_AVAILABLE))
                .param("id", productId).query(StockQueries::stockRow).list();
    }

    /** Products whose available stock over all warehouses is below their threshold, the largest shortage first. */
    public List<BelowThresholdRow> belowThreshold(Long category) {
        return jdbc.sql("""
                select * from (
                  select p.id, p.code, p.name, p.model, p.unit_code, p.low_stock_threshold, %s as available
                    from product p where p.status = 'ON_SALE' and p.low_stock_threshold > 0
                     and (cast(:category as bigint) is null or p.category_id = :category)) x
                 where x.available < x.low_stock_threshold
                 order by (x.low_stock_threshold - x.available) / x.low_stock_threshold desc, x.code"""
                .formatted(TOTAL_AVAILABLE))
                .param("category", category)
                .query((rs, n) -> new BelowThresholdRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("model"), rs.getString("unit_code"), rs.getBigDecimal("low_stock_threshold"),
                        rs.getBigDecimal("available")))
                .list();
    }

    private static final String MOVEMENT = """
            select m.id, m.at, m.product_id, p.code, p.name, p.unit_code, m.warehouse_id, w.name as warehouse_name,
                   m.kind, m.quantity, m.on_hand_after, m.reserved_after, m.reason, m.reference, u.name as actor_name
              from stock_movement m join product p on p.id = m.product_id join warehouse w on w.id = m.warehouse_id
              left join app_user u on u.id = m.actor_id
            """;

    /** A page of movements, newest first, after the cursor {@code after} (older than its position). */
    public KeysetPage<MovementRow> movements(MovementFilter f, String after, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = movementWhere(f, params);
        if (Cursor.given(after)) {
            Cursor.Position<Instant> at = Cursor.parse(after, "after", Instant.class);
            where.add("(m.at, m.id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(at.value()));
            params.put("afterId", at.id());
        }
        String sql = MOVEMENT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by m.at desc, m.id desc limit " + (size + 1);
        return KeysetPage.forward(withinScope(jdbc.sql(sql).params(params).query(StockQueries::movementRow).list()), size,
                r -> Cursor.of(r.at(), r.id()));
    }

    /** Every matching movement, newest first, one row at a time. */
    public void forEachMovement(MovementFilter f, Consumer<MovementRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = movementWhere(f, params);
        List<MovementRow> batch = new ArrayList<>(SCOPE_BATCH);
        jdbc.sql(MOVEMENT + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by m.at desc, m.id desc")
                .params(params).query((RowCallbackHandler) rs -> {
                    batch.add(movementRow(rs, 0));
                    if (batch.size() == SCOPE_BATCH) {
                        withinScope(batch).forEach(sink);
                        batch.clear();
                    }
                });
        withinScope(batch).forEach(sink);
    }

    public MovementRow movement(long id) {
        return withinScope(List.of(jdbc.sql(MOVEMENT + " where m.id = :id").param("id", id).query(StockQueries::movementRow)
                .single())).get(0);
    }

    /** The rows with the references (and who handled them) that the current user may not see taken out. */
    private List<MovementRow> withinScope(List<MovementRow> rows) {
        Set<String> references = rows.stream().map(MovementRow::reference).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (references.isEmpty()) {
            return rows;
        }
        Map<String, String> hidden = new HashMap<>();
        referenceScopes.orderedStream().forEach(scope -> scope.outsideScope(references)
                .forEach(reference -> hidden.putIfAbsent(reference, scope.recordKind())));
        if (hidden.isEmpty()) {
            return rows;
        }
        return rows.stream().map(r -> r.reference() != null && hidden.containsKey(r.reference())
                ? r.hidingReference(hidden.get(r.reference())) : r).toList();
    }

    /** The newest movement of a product in a warehouse: the one {@code Inventory} has just written. */
    public long lastMovementId(long productId, long warehouseId) {
        return jdbc.sql("select max(id) from stock_movement where product_id = ? and warehouse_id = ?")
                .params(productId, warehouseId).query(Long.class).single();
    }

    private static List<String> movementWhere(MovementFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.getProduct() != null) {
            where.add("m.product_id = :product");
            params.put("product", f.getProduct());
        }
        if (f.getWarehouse() != null) {
            where.add("m.warehouse_id = :warehouse");
            params.put("warehouse", f.getWarehouse());
        }
        if (f.getKind() != null && !f.getKind().isBlank()) {
            where.add("m.kind = :kind");
            params.put("kind", f.getKind());
        }
        return where;
    }

    private static StockRow stockRow(ResultSet rs, int n) throws SQLException {
        BigDecimal onHand = rs.getBigDecimal("on_hand");
        BigDecimal reserved = rs.getBigDecimal("reserved");
        BigDecimal threshold = rs.getBigDecimal("low_stock_threshold");
        return new StockRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("model"),
                rs.getString("unit_code"), rs.getLong("warehouse_id"), rs.getString("warehouse_name"), onHand, reserved,
                onHand.subtract(reserved), threshold, threshold.compareTo(rs.getBigDecimal("total")) > 0);
    }

    private static MovementRow movementRow(ResultSet rs, int n) throws SQLException {
        return new MovementRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getLong("product_id"),
                rs.getString("code"), rs.getString("name"), rs.getString("unit_code"), rs.getLong("warehouse_id"),
                rs.getString("warehouse_name"), rs.getString("kind"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("on_hand_after"), rs.getBigDecimal("reserved_after"), rs.getString("reason"),
                rs.getString("reference"), rs.getString("actor_name"), null);
    }
}
