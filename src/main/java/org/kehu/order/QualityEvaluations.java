package org.kehu.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 质量评价: after an order is delivered (or completed) the customer scores each product line 1–5 with a comment,
 * once per line, and may change it for {@value #EDITABLE_DAYS} days. Staff read them per product (the product page's
 * card) and in the service reports. The portal calls this with the signed-in contact's company, so an order of
 * another company is "not found".
 */
@Service
@Transactional
public class QualityEvaluations {

    /** How long after giving it the customer may still change an evaluation. */
    public static final int EDITABLE_DAYS = 14;

    private final JdbcClient jdbc;
    private final Clock clock;

    QualityEvaluations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An evaluation of one order line; {@code editable} while the customer may still change it. */
    public record Evaluation(long lineId, int score, String comment, Instant createdAt, boolean editable) {
    }

    /** One comment on the product page, with the customer it came from. */
    public record ProductComment(String customerName, int score, String comment, Instant createdAt) {
    }

    /** The evaluations of a product: how many, their mean score (two decimals) and the latest comments. */
    public record ProductQuality(long count, BigDecimal average, List<ProductComment> latest) {
    }

    /** Whether an order in this status may be evaluated. */
    public static boolean isOpenTo(OrderStatus status) {
        return status == OrderStatus.DELIVERED || status == OrderStatus.COMPLETED;
    }

    /** The evaluations of the customer's order, by line id; empty for another customer's order. */
    @Transactional(readOnly = true)
    public Map<Long, Evaluation> ofOrder(long customerId, long orderId) {
        Map<Long, Evaluation> byLine = new LinkedHashMap<>();
        Instant now = clock.instant();
        jdbc.sql("""
                select e.line_id, e.score, e.comment, e.created_at from order_quality_evaluation e
                 where e.order_id = ? and e.customer_id = ? order by e.line_id""")
                .params(orderId, customerId).query(rs -> {
                    Instant created = rs.getTimestamp(4).toInstant();
                    byLine.put(rs.getLong(1), new Evaluation(rs.getLong(1), rs.getInt(2), rs.getString(3), created,
                            editable(created, now)));
                });
        return byLine;
    }

    /**
     * Records (or, within {@value #EDITABLE_DAYS} days, changes) the customer's evaluation of a line of their order.
     * Refusals: {@code score} (1–5), {@code comment} (at most 1000 characters); the order not delivered yet, or the
     * evaluation no longer editable, as rule violations; another customer's order or line is not found.
     */
    public void evaluate(long customerId, Long contactId, long orderId, long lineId, Integer score, String comment) {
        Map<String, Object> line = jdbc.sql("""
                select o.status, l.product_id from sales_order o join sales_order_line l on l.order_id = o.id
                 where o.id = ? and l.id = ? and o.customer_id = ?""")
                .params(orderId, lineId, customerId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Order line", lineId));
        Map<String, String> errors = new LinkedHashMap<>();
        if (score == null || score < 1 || score > 5) {
            errors.put("score", "order.quality.error.score");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && (!InputLimits.fitsLength(text, 1000) || InputLimits.hasControlCharacter(text.replaceAll("\\R", " ")))) {
            errors.put("comment", "order.quality.error.comment");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!isOpenTo(OrderStatus.valueOf((String) line.get("status")))) {
            throw new RuleViolationException("order.quality.error.not-delivered", "The order is not delivered yet");
        }
        Timestamp now = Timestamp.from(clock.instant());
        var existing = jdbc.sql("select created_at from order_quality_evaluation where line_id = ?").param(lineId)
                .query(Timestamp.class).optional();
        if (existing.isPresent()) {
            if (!editable(existing.get().toInstant(), clock.instant())) {
                throw new RuleViolationException("order.quality.error.closed", "The evaluation can no longer be changed");
            }
            jdbc.sql("update order_quality_evaluation set score = ?, comment = ?, contact_id = ?, updated_at = ? where line_id = ?")
                    .params(score, text, contactId, now, lineId).update();
        } else {
            jdbc.sql("""
                    insert into order_quality_evaluation(order_id, line_id, product_id, customer_id, contact_id, score, comment,
                           created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(orderId, lineId, ((Number) line.get("product_id")).longValue(), customerId, contactId, score, text,
                            now, now)
                    .update();
        }
    }

    /** The customers' evaluations of a product, for staff who may see products. */
    @PreAuthorize("hasAuthority('product.view')")
    @Transactional(readOnly = true)
    public ProductQuality ofProduct(long productId) {
        Map<String, Object> sums = jdbc.sql("select count(*) as n, avg(score) as mean from order_quality_evaluation where product_id = ?")
                .param(productId).query().singleRow();
        List<ProductComment> latest = jdbc.sql("""
                select c.name, e.score, e.comment, e.created_at from order_quality_evaluation e
                  join customer c on c.id = e.customer_id
                 where e.product_id = ? order by e.id desc limit 10""")
                .param(productId)
                .query((rs, n) -> new ProductComment(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        BigDecimal mean = (BigDecimal) sums.get("mean");
        return new ProductQuality(((Number) sums.get("n")).longValue(),
                mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP), latest);
    }

    private static boolean editable(Instant created, Instant now) {
        return Duration.between(created, now).compareTo(Duration.ofDays(EDITABLE_DAYS)) < 0;
    }
}
