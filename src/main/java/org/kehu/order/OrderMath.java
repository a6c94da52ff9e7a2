package org.kehu.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** The arithmetic of order lines and totals: money to the cent, rounded half up, computed on the server only. */
public final class OrderMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrderMath() {
    }

    /** quantity × unit price × (100 − discount %) / 100, to the cent. */
    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
        BigDecimal discount = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        return quantity.multiply(unitPrice).multiply(HUNDRED.subtract(discount))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal total(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
