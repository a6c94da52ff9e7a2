package org.kehu.order;

import java.math.BigDecimal;

/**
 * One line as a form or the API sends it. {@code unitPrice} empty means the product's price; {@code discount}
 * is a percentage 0–100, empty meaning none.
 */
public class OrderLineInput {

    private Long productId;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal discount;

    public OrderLineInput() {
    }

    public OrderLineInput(Long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
        this.productId = productId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discount = discount;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }

    /** Nothing entered at all: a blank row of the editor, left out. */
    public boolean isBlank() {
        return productId == null && quantity == null && unitPrice == null && discount == null;
    }
}
