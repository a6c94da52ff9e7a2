package org.kehu.catalog;

import java.math.BigDecimal;

/** What other modules need of a product: to show it, price it and know whether it is still sold. */
public record ProductInfo(long id, String code, String name, String model, String unitCode, BigDecimal price,
        boolean onSale) {
}
