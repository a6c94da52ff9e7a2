package org.kehu.order.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kehu.order.OrderMath;
import org.kehu.order.OrderStatus;
import org.kehu.shared.RuleViolationException;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An order and its lines. The status moves only along {@link OrderStatus#next()}; lines change only while
 * it is pending; the total is the sum of the lines' amounts.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private long customerId;
    private long ownerId;
    private LocalDate orderDate;
    private String deliveryAddress;
    /** Null for an imported order: no stock moved. */
    private Long warehouseId;
    private LocalDate promisedDate;
    @Enumerated(EnumType.STRING)
    private OrderStatus status = OrderStatus.PENDING;
    private BigDecimal total = BigDecimal.ZERO;
    private String note;
    private Long createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("lineNo")
    private List<SalesOrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
    }

    public SalesOrder(String number, long customerId, long ownerId, Long createdBy, Instant now) {
        this.number = number;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setHeader(LocalDate orderDate, String deliveryAddress, long warehouseId, LocalDate promisedDate,
            String note) {
        this.orderDate = orderDate;
        this.deliveryAddress = deliveryAddress;
        this.warehouseId = warehouseId;
        this.promisedDate = promisedDate;
        this.note = note;
    }

    /** Replaces the lines (numbered from 1) and recomputes the total; refused unless pending. */
    public void replaceLines(List<SalesOrderLine> newLines) {
        if (status != OrderStatus.PENDING) {
            throw new RuleViolationException("order.error.lines-locked", "Lines can change only while the order is pending",
                    label(status));
        }
        lines.clear();
        lines.addAll(newLines);
        total = OrderMath.total(newLines.stream().map(SalesOrderLine::getAmount).toList());
    }

    /** Moves to {@code target} if the flow allows it, else 409 saying what the step needs. */
    public OrderStatus moveTo(OrderStatus target, Instant now) {
        requireStep(target);
        OrderStatus from = status;
        status = target;
        updatedAt = now;
        return from;
    }

    /** 409 with the reason when the flow does not lead from the present status to {@code target}. */
    public void requireStep(OrderStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("order.error.not-allowed." + target.name(),
                    "An order that is " + status + " cannot become " + target, label(status));
        }
    }

    /** The status as a message argument, shown in the reader's language. */
    public static Object label(OrderStatus status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"order.status." + status.name()}, status.name());
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    /**
     * What the audit log keeps of an order: its header, status, total and one line of text per order line, so
     * that a change shows old and new values as a reader sees them.
     */
    public java.util.Map<String, Object> auditValues() {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("number", number);
        values.put("customerId", customerId);
        values.put("ownerId", ownerId);
        values.put("orderDate", orderDate);
        values.put("deliveryAddress", deliveryAddress);
        values.put("warehouseId", warehouseId);
        values.put("promisedDate", promisedDate);
        values.put("status", status);
        values.put("total", total);
        values.put("note", note);
        values.put("lines", lines.stream().map(SalesOrderLine::auditText).toList());
        return values;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<SalesOrderLine> getLines() {
        return List.copyOf(lines);
    }

    public List<org.kehu.order.OrderDetails.Line> lineDetails() {
        return lines.stream().map(SalesOrderLine::details).toList();
    }
}
