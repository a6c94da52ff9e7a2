package org.kehu.order.internal;

import java.math.BigDecimal;

import org.kehu.order.OrderDetails;
import org.kehu.order.OrderMath;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of an order; product code, name and unit are kept as they were when the line was written. */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int lineNo;
    private long productId;
    private String productCode;
    private String productName;
    private String unitCode;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal discount;
    private BigDecimal amount;

    protected SalesOrderLine() {
    }

    public SalesOrderLine(int lineNo, long productId, String productCode, String productName, String unitCode,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
        this.lineNo = lineNo;
        this.productId = productId;
        this.productCode = productCode;
        this.productName = productName;
        this.unitCode = unitCode;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discount = discount;
        this.amount = OrderMath.lineAmount(quantity, unitPrice, discount);
    }

    /** The line as one text: product, quantity and unit, unit price, discount and amount. */
    String auditText() {
        return productCode + " " + productName + " × " + quantity.stripTrailingZeros().toPlainString()
                + (unitCode == null ? "" : " " + unitCode) + " @ " + unitPrice.toPlainString()
                + (discount == null || discount.signum() == 0 ? "" : " −" + discount.stripTrailingZeros().toPlainString() + "%")
                + " = " + amount.toPlainString();
    }

    public long getProductId() {
        return productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    OrderDetails.Line details() {
        return new OrderDetails.Line(id == null ? 0 : id, lineNo, productId, productCode, productName, unitCode,
                quantity, unitPrice, discount, amount);
    }
}
