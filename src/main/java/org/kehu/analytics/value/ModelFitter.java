package org.kehu.analytics.value;

import java.util.List;

/**
 * Fits the BG/NBD and the Gamma-Gamma model by maximum likelihood, refusing data that cannot determine them.
 * On a large data set the starting points are compared on a sample of rows and the best is polished on all.
 */
final class ModelFitter {

    /** Fewest customers, and fewest with a repeat purchase, the BG/NBD is fitted to. */
    static final int MIN_CUSTOMERS = 30;
    static final int MIN_REPEAT_CUSTOMERS = 10;
    /** Fewest customers with repeat purchases of positive value the Gamma-Gamma model is fitted to. */
    static final int MIN_SPENDING_CUSTOMERS = 10;

    private static final int SEARCH_ROWS = 20_000;
    /** Parameters beyond these bounds mean the likelihood kept rising towards an edge: no proper optimum. */
    private static final double LOWEST = 1e-5;
    private static final double HIGHEST = 1e5;

    private ModelFitter() {
    }

    /** A fitted model: its parameters, their standard errors and the log-likelihood at the optimum. */
    record Fitted<M>(M model, double[] standardErrors, double logLikelihood, double customers) {
    }

    static Fitted<BgNbd> fitBgNbd(BgNbdData data) {
        double customers = data.customers();
        double repeat = data.repeatCustomers();
        if (customers < MIN_CUSTOMERS || repeat < MIN_REPEAT_CUSTOMERS) {
            throw new TooFewDataException("clv.fit.tooFewCustomers",
                    "The BG/NBD needs at least %d customers, %d of them with a repeat purchase; there are %.0f and %.0f"
                            .formatted(MIN_CUSTOMERS, MIN_REPEAT_CUSTOMERS, customers, repeat),
                    MIN_CUSTOMERS, MIN_REPEAT_CUSTOMERS, Math.round(customers), Math.round(repeat));
        }
        double scale = Math.max(data.meanT() / (data.meanX() + 1), 1e-3);
        List<double[]> starts = List.of(new double[] {1, scale, 1, 1}, new double[] {0.5, scale / 2, 0.5, 2},
                new double[] {2, scale * 2, 2, 5}, new double[] {0.2, scale / 4, 1, 3});
        BgNbdData search = data.sample(SEARCH_ROWS);
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximise(
                v -> data.logLikelihood(new BgNbd(v[0], v[1], v[2], v[3])),
                v -> search.logLikelihood(new BgNbd(v[0], v[1], v[2], v[3])), starts);
        double[] v = estimate.values();
        requireInterior(v, "BG/NBD");
        return new Fitted<>(new BgNbd(v[0], v[1], v[2], v[3]), estimate.standardErrors(), estimate.logLikelihood(),
                customers);
    }

    static Fitted<GammaGamma> fitGammaGamma(GammaGammaData data) {
        double customers = data.customers();
        if (customers < MIN_SPENDING_CUSTOMERS || !data.varies()) {
            throw new TooFewDataException("clv.fit.tooFewSpenders",
                    "The Gamma-Gamma model needs at least %d customers with repeat purchases of differing positive value; there are %.0f"
                            .formatted(MIN_SPENDING_CUSTOMERS, customers),
                    MIN_SPENDING_CUSTOMERS, Math.round(customers));
        }
        double mean = data.meanValue();
        List<double[]> starts = List.of(new double[] {1, 2, mean}, new double[] {5, 3, mean / 2},
                new double[] {2, 5, 2 * mean}, new double[] {10, 10, mean});
        GammaGammaData search = data.sample(SEARCH_ROWS);
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximise(
                v -> data.logLikelihood(new GammaGamma(v[0], v[1], v[2])),
                v -> search.logLikelihood(new GammaGamma(v[0], v[1], v[2])), starts);
        double[] v = estimate.values();
        requireInterior(new double[] {v[0], v[1]}, "Gamma-Gamma");
        if (v[1] <= 1) {
            throw new TooFewDataException("clv.fit.noMeanValue",
                    "The Gamma-Gamma fit gives q = %.3f ≤ 1: the mean order value would be infinite".formatted(v[1]),
                    v[1]);
        }
        return new Fitted<>(new GammaGamma(v[0], v[1], v[2]), estimate.standardErrors(), estimate.logLikelihood(),
                customers);
    }

    private static void requireInterior(double[] values, String model) {
        for (double value : values) {
            if (!(value > LOWEST && value < HIGHEST)) {
                throw new TooFewDataException("clv.fit.noOptimum",
                        "The " + model + " likelihood has no maximum inside the parameter space (a parameter ran to "
                                + value + "): the purchases do not determine the model",
                        model);
            }
        }
    }
}
