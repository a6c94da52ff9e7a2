package org.kehu.catalog;

import java.math.BigDecimal;

/** A product on sale as the public may see it: no stock, cost or internal notes. */
public record PublicProduct(long id, String code, String name, long categoryId, String model, String specification,
        String unitCode, BigDecimal price, String description) {
}
