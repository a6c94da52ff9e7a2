package org.kehu.analytics.forecast;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast of one monthly series: the form chosen by AICc among the candidates, its forecast with intervals,
 * and the check on held-out months. Pure computation on the numbers, remembered for the last few series (the same
 * series gives the same answer, so every node may keep its own copy).
 */
final class ForecastComputation {

    /** Months per season of monthly data. */
    static final int PERIOD = 12;
    /** Months held out for the accuracy check, when the series is long enough. */
    static final int HOLDOUT = 6;
    private static final int REMEMBERED = 32;

    /** The held-out check: how many months, which form (refitted on the months before them), MAPE and MASE. */
    record Holdout(int months, EtsForm form, double[] actual, double[] forecast, Double mape, Double mase) {
    }

    /** Everything computed from one series; {@code model} is null when the series is too short for any fit. */
    record Outcome(EtsModel model, List<EtsSelection.Candidate> candidates, boolean seasonalConsidered,
            EtsModel.Forecast[] forecast, Holdout holdout) {
    }

    private record Key(List<Double> series, int horizon) {
    }

    private static final Map<Key, Outcome> REMEMBER = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Outcome> eldest) {
            return size() > REMEMBERED;
        }
    };

    private ForecastComputation() {
    }

    static Outcome compute(double[] y, int horizon) {
        Key key = new Key(Arrays.stream(y).boxed().toList(), horizon);
        synchronized (REMEMBER) {
            Outcome known = REMEMBER.get(key);
            if (known != null) {
                return known;
            }
        }
        Outcome outcome = computeAfresh(y, horizon);
        synchronized (REMEMBER) {
            REMEMBER.put(key, outcome);
        }
        return outcome;
    }

    /** Whether the outcome of this series and horizon is remembered (the next request for it fits nothing). */
    static boolean remembered(double[] y, int horizon) {
        Key key = new Key(Arrays.stream(y).boxed().toList(), horizon);
        synchronized (REMEMBER) {
            return REMEMBER.containsKey(key);
        }
    }

    static Outcome computeAfresh(double[] y, int horizon) {
        if (y.length < EtsSelection.MIN_OBSERVATIONS) {
            return new Outcome(null, List.of(), false, new EtsModel.Forecast[0], null);
        }
        EtsSelection.Choice choice = EtsSelection.choose(y, PERIOD);
        return new Outcome(choice.model(), choice.candidates(), choice.seasonalConsidered(),
                choice.model().forecast(horizon), holdout(y, choice));
    }

    /**
     * Refits on all but the last {@value #HOLDOUT} months and forecasts those: the chosen form when the shorter
     * series still allows it, else the best (by AICc on the whole series) form that it allows. Needs a training part
     * longer than a year, so that MASE's seasonal naive scale exists.
     */
    static Holdout holdout(double[] y, EtsSelection.Choice choice) {
        int months = Math.min(HOLDOUT, y.length - PERIOD - 1);
        if (months < 1) {
            return null;
        }
        double[] training = Arrays.copyOf(y, y.length - months);
        double[] actual = Arrays.copyOfRange(y, y.length - months, y.length);
        EtsForm form = choice.candidates().stream().map(EtsSelection.Candidate::form)
                .filter(f -> fits(f, training.length)).findFirst().orElse(EtsForm.SIMPLE);
        EtsModel model = EtsEstimator.fit(form, training, PERIOD);
        double[] forecast = model.pointForecast(months);
        return new Holdout(months, form, actual, forecast, ForecastAccuracy.mape(actual, forecast),
                ForecastAccuracy.mase(training, actual, forecast, PERIOD));
    }

    private static boolean fits(EtsForm form, int n) {
        return (!form.seasonal() || EtsSelection.seasonalPossible(n, PERIOD)) && n > form.estimatedParameters(PERIOD) + 4;
    }
}
