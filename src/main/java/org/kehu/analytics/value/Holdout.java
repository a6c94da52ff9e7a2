package org.kehu.analytics.value;

import java.time.LocalDate;
import java.util.List;

/**
 * The holdout test as the paper's figure 2 draws it: cumulative repeat purchases week by week, actual and as the
 * model fitted up to the calibration end expects them, across the calibration period and after it. Each customer
 * of the cohort (first purchase by the calibration end) who first bought s days into the period is expected to
 * have made E[X(t - s)] repeat purchases by day t.
 *
 * @param start the first day of week 0 (the cohort's first purchase)
 * @param calibrationWeeks the weeks up to the calibration end (those after it are the holdout)
 * @param actual cumulative repeat purchases at the end of each week
 * @param predicted what the model expects there
 */
record Holdout(LocalDate start, int calibrationWeeks, long[] actual, double[] predicted) {

    /** From the summaries' cohort counts and daily repeat purchases (days relative to the calibration end). */
    static Holdout of(BgNbd model, LocalDate end, List<long[]> firstPurchases, List<long[]> repeatsPerDay) {
        if (firstPurchases.isEmpty()) {
            return new Holdout(end, 0, new long[0], new double[0]);
        }
        long firstDay = firstPurchases.get(0)[0];
        long lastDay = repeatsPerDay.isEmpty() ? 0 : Math.max(0, repeatsPerDay.get(repeatsPerDay.size() - 1)[0]);
        int weeks = (int) ((lastDay - firstDay) / 7 + 1);
        int calibrationWeeks = (int) ((0 - firstDay) / 7 + 1);
        long[] perWeek = new long[weeks];
        for (long[] day : repeatsPerDay) {
            perWeek[(int) ((day[0] - firstDay) / 7)] += day[1];
        }
        long[] actual = new long[weeks];
        double[] predicted = new double[weeks];
        long running = 0;
        // E[X(t)] depends only on the whole days between a cohort's first purchase and the week's end: worked out
        // once per such span, not once per cohort and week.
        double[] expectedBySpan = new double[(int) (firstDay + 7L * weeks + 6 - firstDay) + 1];
        java.util.Arrays.fill(expectedBySpan, Double.NaN);
        for (int w = 0; w < weeks; w++) {
            running += perWeek[w];
            actual[w] = running;
            long weekEnd = firstDay + 7L * w + 6;
            double expected = 0;
            for (long[] cohort : firstPurchases) {
                if (cohort[0] < weekEnd) {
                    int span = (int) (weekEnd - cohort[0]);
                    if (Double.isNaN(expectedBySpan[span])) {
                        expectedBySpan[span] = model.expectedPurchases(span / PurchaseSummaries.DAYS_PER_UNIT);
                    }
                    expected += cohort[1] * expectedBySpan[span];
                }
            }
            predicted[w] = expected;
        }
        return new Holdout(end.plusDays(firstDay), calibrationWeeks, actual, predicted);
    }

    int weeks() {
        return actual.length;
    }

    /** As stored with the model: three lines of numbers (calibration weeks, actual, predicted). */
    String encode() {
        StringBuilder text = new StringBuilder().append(start).append(' ').append(calibrationWeeks).append('\n');
        for (int w = 0; w < actual.length; w++) {
            text.append(w == 0 ? "" : " ").append(actual[w]);
        }
        text.append('\n');
        for (int w = 0; w < predicted.length; w++) {
            text.append(w == 0 ? "" : " ").append(Math.round(predicted[w] * 100) / 100.0);
        }
        return text.toString();
    }

    static Holdout decode(String text) {
        String[] lines = text.split("\n", -1);
        String[] head = lines[0].split(" ");
        long[] actual = lines[1].isBlank() ? new long[0]
                : java.util.Arrays.stream(lines[1].split(" ")).mapToLong(Long::parseLong).toArray();
        double[] predicted = lines[2].isBlank() ? new double[0]
                : java.util.Arrays.stream(lines[2].split(" ")).mapToDouble(Double::parseDouble).toArray();
        return new Holdout(LocalDate.parse(head[0]), Integer.parseInt(head[1]), actual, predicted);
    }
}
