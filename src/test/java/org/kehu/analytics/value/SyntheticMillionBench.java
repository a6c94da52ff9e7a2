package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;

/**
 * Not a test: times the fit and the scoring of 1,000,000 synthetic customers drawn from a BG/NBD process
 * (three years, days) and Gamma-Gamma values, without the database (the SQL summary and the COPY of the scores
 * are not in the figure). Run: {@code java -cp target/classes:target/test-classes:<deps> org.kehu.analytics.value.SyntheticMillionBench}.
 */
final class SyntheticMillionBench {

    private SyntheticMillionBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SplittableRandom random = new SplittableRandom(42);
        GammaDistribution lambda = new GammaDistribution(0.25, 1 / 4.0);
        BetaDistribution dropout = new BetaDistribution(0.8, 2.5);
        GammaDistribution nu = new GammaDistribution(4, 1 / 300.0);
        int[] x = new int[n];
        int[] tx = new int[n];
        int[] bigT = new int[n];
        double[] zbar = new double[n];
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int observed = random.nextInt(1096);
            double rate = lambda.inverseCumulativeProbability(random.nextDouble()) / 7;
            double p = dropout.inverseCumulativeProbability(random.nextDouble());
            double scale = 1 / nu.inverseCumulativeProbability(random.nextDouble());
            double t = 0;
            int count = 0;
            double spent = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / rate;
                if (t > observed) {
                    break;
                }
                count++;
                tx[i] = (int) t;
                spent += scale * 6 * -Math.log(1 - random.nextDouble()) / 6;
                if (random.nextDouble() < p) {
                    break;
                }
            }
            x[i] = count;
            bigT[i] = observed;
            zbar[i] = count > 0 ? spent / count : 0;
        }
        System.out.printf("generated %d customers in %d ms%n", n, (System.nanoTime() - started) / 1_000_000);

        started = System.nanoTime();
        Map<Long, double[]> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long key = ((long) x[i] << 40) | ((long) tx[i] << 20) | bigT[i];
            groups.computeIfAbsent(key, k -> new double[1])[0]++;
        }
        double[][] cols = new double[4][groups.size()];
        int k = 0;
        for (var e : groups.entrySet()) {
            long key = e.getKey();
            cols[0][k] = key >>> 40;
            cols[1][k] = ((key >>> 20) & 0xFFFFF) / 7.0;
            cols[2][k] = (key & 0xFFFFF) / 7.0;
            cols[3][k] = e.getValue()[0];
            k++;
        }
        BgNbdData bgData = BgNbdData.of(cols[0], cols[1], cols[2], cols[3]);
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] xd = IntStream.of(x).asDoubleStream().toArray();
        GammaGammaData ggData = new GammaGammaData(xd, zbar, ones);
        System.out.printf("grouped into %d histories, %d spenders in %d ms%n", bgData.rows(), ggData.rows(),
                (System.nanoTime() - started) / 1_000_000);

        started = System.nanoTime();
        ModelFitter.Fitted<BgNbd> bg = ModelFitter.fitBgNbd(bgData);
        System.out.printf("BG/NBD %s LL %.1f in %d ms%n", bg.model(), bg.logLikelihood(), (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        ModelFitter.Fitted<GammaGamma> gg = ModelFitter.fitGammaGamma(ggData);
        System.out.printf("Gamma-Gamma %s in %d ms%n", gg.model(), (System.nanoTime() - started) / 1_000_000);

        started = System.nanoTime();
        double total = IntStream.range(0, n).parallel().mapToDouble(i -> CustomerScore.of(bg.model(), gg.model(),
                new PurchaseSummaries.Summary(i, x[i], tx[i], bigT[i], x[i] > 0 ? BigDecimal.valueOf(zbar[i]) : null),
                365, 0.10).clv()).sum();
        System.out.printf("scored %d customers (total CLV %.0f) in %d ms%n", n, total, (System.nanoTime() - started) / 1_000_000);
        System.out.println(List.of(Runtime.getRuntime().availableProcessors() + " processors",
                Runtime.getRuntime().totalMemory() / 1_000_000 + " MB heap"));
    }
}
