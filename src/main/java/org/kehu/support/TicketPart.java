package org.kehu.support;

import java.math.BigDecimal;
import java.time.Instant;

/** A spare part used in an after-sales ticket, issued from a warehouse. */
public record TicketPart(long id, long productId, String productCode, String productName, long warehouseId,
        String warehouseName, BigDecimal quantity, Instant recordedAt) {
}
