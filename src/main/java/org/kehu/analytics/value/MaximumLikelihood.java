package org.kehu.analytics.value;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.util.FastMath;

/**
 * Maximum likelihood for models whose parameters are all positive: the search runs over their logarithms (no
 * bounds to respect, and scales from 0.01 to 100 are equally easy), by Nelder-Mead from several starts, the best
 * restarted until it no longer improves (a simplex can stall on a ridge). Standard errors come from the
 * numerical Hessian of the log-likelihood at the optimum, taken in log space and carried back by the delta
 * method (exact at the optimum, where the gradient is zero).
 */
final class MaximumLikelihood {

    /** The estimate: parameters, their standard errors (NaN where the Hessian is not negative definite), LL. */
    record Estimate(double[] values, double[] standardErrors, double logLikelihood) {
    }

    private static final double STEP = 1e-3;

    private MaximumLikelihood() {
    }

    /**
     * Maximises {@code logLikelihood} (of the natural, positive parameters). {@code searchLogLikelihood} is the
     * one used to compare the starts (the same function, or the same on a sample of a large data set); the
     * best start is then polished on the full one.
     */
    static Estimate maximise(ToDoubleFunction<double[]> logLikelihood, ToDoubleFunction<double[]> searchLogLikelihood,
            List<double[]> starts) {
        PointValuePair best = null;
        for (double[] start : starts) {
            PointValuePair found = search(searchLogLikelihood, logs(start), 4000);
            if (best == null || found.getValue() > best.getValue()) {
                best = found;
            }
        }
        PointValuePair polished = search(logLikelihood, best.getPoint(), 4000);
        for (int restart = 0; restart < 5; restart++) {
            PointValuePair again = search(logLikelihood, polished.getPoint(), 2000);
            boolean stalled = again.getValue() - polished.getValue() < 1e-7;
            if (again.getValue() > polished.getValue()) {
                polished = again;
            }
            if (stalled) {
                break;
            }
        }
        double[] u = polished.getPoint();
        double[] values = exps(u);
        return new Estimate(values, standardErrors(logLikelihood, u), logLikelihood.applyAsDouble(values));
    }

    private static PointValuePair search(ToDoubleFunction<double[]> logLikelihood, double[] startLogs, int maxEval) {
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-10);
        PointValuePair[] bestSeen = {new PointValuePair(startLogs.clone(), Double.NEGATIVE_INFINITY)};
        ObjectiveFunction objective = new ObjectiveFunction(u -> {
            double value = finite(logLikelihood.applyAsDouble(exps(u)));
            if (value > bestSeen[0].getValue()) {
                bestSeen[0] = new PointValuePair(u.clone(), value);
            }
            return value;
        });
        try {
            return optimizer.optimize(new MaxEval(maxEval), objective, GoalType.MAXIMIZE, new InitialGuess(startLogs),
                    new NelderMeadSimplex(startLogs.length, 0.5));
        } catch (MathIllegalStateException tooManyEvaluations) {
            // keep the best the simplex reached; the restarts go on from there
            return bestSeen[0];
        }
    }

    /** A parameter set whose likelihood is not a number is simply a very bad one to the simplex. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : -1e300;
    }

    private static double[] standardErrors(ToDoubleFunction<double[]> logLikelihood, double[] u) {
        int n = u.length;
        double f0 = logLikelihood.applyAsDouble(exps(u));
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            double plus = at(logLikelihood, u, i, STEP, -1, 0);
            double minus = at(logLikelihood, u, i, -STEP, -1, 0);
            h[i][i] = (plus - 2 * f0 + minus) / (STEP * STEP);
            for (int j = 0; j < i; j++) {
                double pp = at(logLikelihood, u, i, STEP, j, STEP);
                double pm = at(logLikelihood, u, i, STEP, j, -STEP);
                double mp = at(logLikelihood, u, i, -STEP, j, STEP);
                double mm = at(logLikelihood, u, i, -STEP, j, -STEP);
                h[i][j] = (pp - pm - mp + mm) / (4 * STEP * STEP);
                h[j][i] = h[i][j];
            }
        }
        double[] errors = new double[n];
        try {
            RealMatrix information = new Array2DRowRealMatrix(h).scalarMultiply(-1);
            RealMatrix covariance = new LUDecomposition(information).getSolver().getInverse();
            for (int i = 0; i < n; i++) {
                double variance = covariance.getEntry(i, i);
                errors[i] = variance > 0 ? FastMath.exp(u[i]) * FastMath.sqrt(variance) : Double.NaN;
            }
        } catch (RuntimeException singular) {
            java.util.Arrays.fill(errors, Double.NaN);
        }
        return errors;
    }

    private static double at(ToDoubleFunction<double[]> logLikelihood, double[] u, int i, double di, int j, double dj) {
        double[] moved = u.clone();
        moved[i] += di;
        if (j >= 0) {
            moved[j] += dj;
        }
        return logLikelihood.applyAsDouble(exps(moved));
    }

    private static double[] logs(double[] values) {
        double[] u = new double[values.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = FastMath.log(values[i]);
        }
        return u;
    }

    private static double[] exps(double[] u) {
        double[] values = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            values[i] = FastMath.exp(u[i]);
        }
        return values;
    }
}
