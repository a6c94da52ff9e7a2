package org.kehu.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the order list and its export. */
public record OrderRow(long id, String number, long customerId, String customerName, LocalDate orderDate,
        OrderStatus status, BigDecimal total, LocalDate promisedDate, Long ownerId, String ownerName) {
}
