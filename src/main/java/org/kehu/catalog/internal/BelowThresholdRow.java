package org.kehu.catalog.internal;

import java.math.BigDecimal;

/** A product whose available stock (all warehouses) is below its low-stock threshold, and by how much. */
public record BelowThresholdRow(long productId, String code, String name, String model, String unitCode,
        BigDecimal lowStockThreshold, BigDecimal available) {

    public BigDecimal shortage() {
        return lowStockThreshold.subtract(available);
    }
}
