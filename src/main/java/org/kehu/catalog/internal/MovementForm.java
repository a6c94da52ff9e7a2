package org.kehu.catalog.internal;

import java.math.BigDecimal;

/**
 * A movement entered by hand: goods in, goods out, or an adjustment after a count ({@code quantity} signed, the
 * change of what is on hand). Out and adjustment need a reason.
 */
public class MovementForm {

    /** The kinds a person enters; the others come from orders and tickets. */
    public enum Kind {
        IN, OUT, ADJUST
    }

    private Long warehouseId;
    private Long productId;
    private String kind;
    private BigDecimal quantity;
    private String reason;
    private String reference;

    public Long getWarehouseId() { return warehouseId; }
    public void setWarehouseId(Long warehouseId) { this.warehouseId = warehouseId; }
    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
