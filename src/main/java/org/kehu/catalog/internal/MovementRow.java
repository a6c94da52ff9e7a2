package org.kehu.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stock movement with who, when, why and the stock it left behind. Where the reference names a record that the
 * reader may not see (another owner's order), {@code reference} and {@code actorName} are empty and
 * {@code hiddenReferenceKind} says what kind of record it was ({@code order}).
 */
public record MovementRow(long id, Instant at, long productId, String productCode, String productName, String unitCode,
        long warehouseId, String warehouseName, String kind, BigDecimal quantity, BigDecimal onHandAfter,
        BigDecimal reservedAfter, String reason, String reference, String actorName, String hiddenReferenceKind) {

    /** This movement as a reader outside the referenced record's scope sees it. */
    MovementRow hidingReference(String recordKind) {
        return new MovementRow(id, at, productId, productCode, productName, unitCode, warehouseId, warehouseName, kind,
                quantity, onHandAfter, reservedAfter, reason, null, null, recordKind);
    }
}
