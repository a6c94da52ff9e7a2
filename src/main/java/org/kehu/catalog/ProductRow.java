package org.kehu.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as the list shows it, with what is available over all warehouses and whether that is below the
 * product's low-stock threshold.
 */
public record ProductRow(long id, String code, String name, long categoryId, String model, String specification,
        String unitCode, BigDecimal price, ProductStatus status, BigDecimal lowStockThreshold, BigDecimal available,
        Instant updatedAt) {

    public boolean belowThreshold() {
        return lowStockThreshold.signum() > 0 && available.compareTo(lowStockThreshold) < 0;
    }
}
