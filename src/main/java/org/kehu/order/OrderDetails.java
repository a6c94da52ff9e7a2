package org.kehu.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order with its lines, as the order page and the API show it. */
public record OrderDetails(long id, String number, long customerId, String customerName, Long ownerId,
        String ownerName, LocalDate orderDate, String deliveryAddress, Long warehouseId, String warehouseName,
        LocalDate promisedDate, OrderStatus status, BigDecimal total, String note, Instant createdAt,
        Instant updatedAt, long version, List<Line> lines) {

    /** One line; {@code amount} = quantity × unit price × (100 − discount) / 100, to the cent. */
    public record Line(long id, int lineNo, long productId, String productCode, String productName, String unitCode,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal amount) {
    }
}
