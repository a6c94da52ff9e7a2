package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrderMathTests {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void lineAmountIsQuantityTimesPriceLessTheDiscount() {
        assertThat(OrderMath.lineAmount(d("2"), d("200.00"), d("10"))).isEqualTo(d("360.00"));
        assertThat(OrderMath.lineAmount(d("3"), d("19.99"), BigDecimal.ZERO)).isEqualTo(d("59.97"));
    }

    @Test
    void aMissingDiscountMeansNone() {
        assertThat(OrderMath.lineAmount(d("1.5"), d("10.00"), null)).isEqualTo(d("15.00"));
    }

    @Test
    void roundsToTheCentHalfUp() {
        // 1 × 0.05 × 0.9 = 0.045 → 0.05; 3 × 3.33 × 0.875 = 8.74125 → 8.74
        assertThat(OrderMath.lineAmount(d("1"), d("0.05"), d("10"))).isEqualTo(d("0.05"));
        assertThat(OrderMath.lineAmount(d("3"), d("3.33"), d("12.5"))).isEqualTo(d("8.74"));
    }

    @Test
    void aFullDiscountMakesTheLineFree() {
        assertThat(OrderMath.lineAmount(d("7"), d("123.45"), d("100"))).isEqualByComparingTo("0");
    }

    @Test
    void totalIsTheSumOfTheLinesWithTwoDecimals() {
        assertThat(OrderMath.total(List.of(d("360.00"), d("1000.00"), d("0.05")))).isEqualTo(d("1360.05"));
        assertThat(OrderMath.total(List.of())).isEqualTo(d("0.00"));
    }
}
