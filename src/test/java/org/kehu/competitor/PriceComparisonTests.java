package org.kehu.competitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The price comparison's figures, worked out here by hand from the prices. */
class PriceComparisonTests {

    private static CompetingProduct product(long id, String price) {
        return new CompetingProduct(id, 200 + id, "对手" + id, "产品" + id, null, 300, "P300", "数控车床",
                Relation.SIMILAR, null, null, new BigDecimal(price), Instant.EPOCH, 0);
    }

    @Test
    void eachLineSaysHowFarTheCompetitorsPriceLiesFromOursInYuanAndPercentOfOurs() {
        BigDecimal ours = new BigDecimal("168000.00");
        PriceComparison c = PriceComparison.of(300, "P300", "数控车床", "CK6150", ours,
                List.of(product(131, "152000"), product(132, "189999.99"), product(133, "168000")));

        // Cheapest first: 152,000 is 16,000 below 168,000, i.e. 16,000 / 168,000 = 9.5238…% → −9.5 %.
        assertThat(c.lines()).extracting(PriceComparison.Line::competitorProductId).containsExactly(131L, 133L, 132L);
        PriceComparison.Line cheaper = c.lines().get(0);
        assertThat(cheaper.difference()).isEqualByComparingTo("-16000.00");
        assertThat(cheaper.percent()).isEqualByComparingTo(
                new BigDecimal("-16000").multiply(BigDecimal.valueOf(100)).divide(ours, 1, RoundingMode.HALF_UP));
        assertThat(cheaper.percent()).isEqualByComparingTo("-9.5");
        assertThat(cheaper.cheaper()).isTrue();

        // 189,999.99 − 168,000 = 21,999.99; 21,999.99 / 168,000 = 13.0952…% → +13.1 %.
        PriceComparison.Line dearer = c.lines().get(2);
        assertThat(dearer.difference()).isEqualByComparingTo("21999.99");
        assertThat(dearer.percent()).isEqualByComparingTo("13.1");
        assertThat(dearer.cheaper()).isFalse();

        PriceComparison.Line same = c.lines().get(1);
        assertThat(same.difference()).isEqualByComparingTo("0");
        assertThat(same.percent()).isEqualByComparingTo("0");

        // (152,000 + 168,000 + 189,999.99) / 3 = 169,999.996… → 170,000.00; one of three is cheaper.
        assertThat(c.averagePrice()).isEqualByComparingTo("170000.00");
        assertThat(c.cheaperCount()).isEqualTo(1);
    }

    @Test
    void aProductOfOursGivenAwayHasDifferencesButNoPercentages() {
        PriceComparison c = PriceComparison.of(300, "P300", "样品", null, BigDecimal.ZERO.setScale(2),
                List.of(product(140, "99.50")));
        assertThat(c.lines().get(0).difference()).isEqualByComparingTo("99.50");
        assertThat(c.lines().get(0).percent()).isNull();
    }

    @Test
    void aProductWithoutCompetitorsHasNoAverage() {
        PriceComparison c = PriceComparison.of(300, "P300", "数控车床", null, new BigDecimal("1000"), List.of());
        assertThat(c.lines()).isEmpty();
        assertThat(c.averagePrice()).isNull();
        assertThat(c.cheaperCount()).isZero();
    }
}
