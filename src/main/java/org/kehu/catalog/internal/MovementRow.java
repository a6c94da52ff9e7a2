package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** One stock movement with who, when, why and the stock it left behind. */
public record MovementRow(long id, Instant at, long productId, String productCode, String productName, String unitCode,
        long warehouseId, String warehouseName, String kind, BigDecimal quantity, BigDecimal onHandAfter,
        BigDecimal reservedAfter, String reason, String reference, String actorName) {
}
