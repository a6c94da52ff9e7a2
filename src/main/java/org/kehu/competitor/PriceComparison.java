package org.kehu.competitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * One of our products against the competitors' products that compete with it. For each competing product the
 * difference is their price minus ours (negative: they are cheaper) and the percentage is that difference over
 * our price, to one decimal (none when our price is zero). Lines run from the cheapest.
 */
public record PriceComparison(long productId, String productCode, String productName, String productModel,
        BigDecimal ourPrice, List<Line> lines) {

    /** A competing product, its price, and how far it lies from ours. */
    public record Line(long competitorProductId, long competitorId, String competitorName, String name, String model,
            Relation relation, BigDecimal price, BigDecimal difference, BigDecimal percent) {

        /** Whether the competitor sells it for less than we do. */
        public boolean cheaper() {
            return difference.signum() < 0;
        }
    }

    /** The comparison of our price with each competing product's. */
    public static PriceComparison of(long productId, String code, String name, String model, BigDecimal ourPrice,
            List<CompetingProduct> competing) {
        List<Line> lines = competing.stream()
                .map(p -> new Line(p.id(), p.competitorId(), p.competitorName(), p.name(), p.model(), p.relation(),
                        p.price(), difference(p.price(), ourPrice), percent(p.price(), ourPrice)))
                .sorted(Comparator.comparing(Line::price).thenComparing(Line::competitorProductId))
                .toList();
        return new PriceComparison(productId, code, name, model, ourPrice, lines);
    }

    /** Their price minus ours, in yuan to the fen. */
    static BigDecimal difference(BigDecimal theirs, BigDecimal ours) {
        return theirs.subtract(ours).setScale(2, RoundingMode.HALF_UP);
    }

    /** The difference as a percentage of our price, one decimal; null when our price is zero. */
    static BigDecimal percent(BigDecimal theirs, BigDecimal ours) {
        if (ours.signum() == 0) {
            return null;
        }
        return theirs.subtract(ours).multiply(BigDecimal.valueOf(100)).divide(ours, 1, RoundingMode.HALF_UP);
    }

    /** The competing products' mean price, to the fen; null when there are none. */
    public BigDecimal averagePrice() {
        if (lines.isEmpty()) {
            return null;
        }
        return lines.stream().map(Line::price).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(lines.size()), 2, RoundingMode.HALF_UP);
    }

    /** How many competing products sell for less than ours. */
    public long cheaperCount() {
        return lines.stream().filter(Line::cheaper).count();
    }
}
