package kehu.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.Random;

/**
 * Orders of customers who buy again and again, for the lifetime value bench: each loaded customer makes a first
 * purchase in the first half of the three years and then follows the BG/NBD story with the parameters Fader, Hardie
 * and Lee (2005, "Counting your customers the easy way", CDNOW, per week) published: a purchase rate λ ~ Gamma(r = 0.243,
 * α = 4.414), purchases as a Poisson process of that rate, and after each repeat purchase the customer drops out for
 * good with probability p ~ Beta(a = 0.793, b = 2.426). What each purchase is worth follows the Gamma-Gamma model with
 * their CDNOW spend parameters (Fader, Hardie and Lee 2005, "RFM and CLV: using iso-value curves": p = 6.25, q = 3.74,
 * γ = 15.44, in dollars; here ×10 as yuan). Random days and customers alone (the orders bench) give every customer the
 * same rate, and the BG/NBD likelihood has no maximum on such data.
 */
final class RepeatBuyers implements OrderLoader.Plan {

    static final double R = 0.243;
    static final double ALPHA = 4.414;
    static final double A = 0.793;
    static final double B = 2.426;
    static final double SPEND_P = 6.25;
    static final double SPEND_Q = 3.74;
    static final double SPEND_GAMMA = 15.44;
    static final double YUAN_PER_DOLLAR = 10;

    private long repeatPurchases;

    @Override
    public void write(OrderLoader.Orders out, long[][] customers, Random random) throws SQLException {
        double weeks = OrderLoader.DAYS / 7.0;
        long started = System.nanoTime();
        for (int c = 0; c < customers[0].length; c++) {
            double lambda = gamma(random, R) / ALPHA;
            double x = gamma(random, A);
            double p = x / (x + gamma(random, B));
            double nu = gamma(random, SPEND_Q) / SPEND_GAMMA;
            double t = random.nextDouble() * weeks / 2;
            purchase(out, customers[0][c], customers[1][c], t, weeks, nu, random);
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t >= weeks) {
                    break;
                }
                purchase(out, customers[0][c], customers[1][c], t, weeks, nu, random);
                repeatPurchases++;
                if (random.nextDouble() < p) {
                    break;
                }
            }
            if (c % 100_000 == 99_999) {
                System.out.printf("bench: repeat buyers: %,d customers, %,d orders (%.1f s)%n", c + 1, out.count(),
                        Bench.seconds(started));
            }
        }
        System.out.printf("bench: repeat buyers: %,d customers, %,d orders, %,d of them repeat purchases%n", customers[0].length,
                out.count(), repeatPurchases);
    }

    private static void purchase(OrderLoader.Orders out, long customer, long owner, double week, double weeks, double nu,
            Random random) throws SQLException {
        int back = Math.max(0, Math.min(OrderLoader.DAYS - 1, (int) Math.round((weeks - week) * 7)));
        double spend = gamma(random, SPEND_P) / nu * YUAN_PER_DOLLAR;
        BigDecimal amount = BigDecimal.valueOf(Math.max(1, spend)).setScale(2, RoundingMode.HALF_UP);
        // Confirmed or later: each purchase is a sale in the read model (a pending or cancelled one would not be).
        out.order(customer, owner, back, back > 60 ? "COMPLETED" : "CONFIRMED", amount, random);
    }

    /** A Gamma(shape, 1) draw: Marsaglia and Tsang (2000), with the boost U^(1/shape) for shapes below one. */
    static double gamma(Random random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
