package org.kehu.catalog.internal;

import java.math.BigDecimal;

/**
 * Stock of one product in one warehouse; {@code belowThreshold} compares what is available over all warehouses
 * with the product's low-stock threshold.
 */
public record StockRow(long productId, String productCode, String productName, String model, String unitCode,
        long warehouseId, String warehouseName, BigDecimal onHand, BigDecimal reserved, BigDecimal available,
        BigDecimal lowStockThreshold, boolean belowThreshold) {
}
