package org.kehu.catalog;

import java.math.BigDecimal;

/** A quantity of one product, as orders and tickets ask the inventory for it. */
public record StockLine(long productId, BigDecimal quantity) {
}
