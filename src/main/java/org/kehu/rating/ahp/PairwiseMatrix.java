package org.kehu.rating.ahp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.InvalidInputException;

/**
 * A pairwise comparison matrix that may be analysed: square, of order 2…{@link RandomIndex#MAX_ORDER}, every entry
 * a finite number on Saaty's scale 1/9…9, ones on the diagonal and reciprocal (a_ji = 1/a_ij). Entry a_ij says how
 * many times factor i is as important as factor j.
 */
public final class PairwiseMatrix {

    public static final int MIN_ORDER = 2;
    public static final double SCALE_MIN = 1.0 / 9;
    public static final double SCALE_MAX = 9;

    /**
     * How far a_ij · a_ji may stray from 1: people write 0.33 for 1/3 (0.33 · 3 = 0.99). A matrix entered through
     * the editor has exact reciprocals, the editor fills the lower triangle.
     */
    static final double RECIPROCAL_TOLERANCE = 0.02;

    /** Floating noise allowed at the scale's ends and on the diagonal: 1/9 typed as 0.1111111. */
    private static final double EDGE = 1e-6;

    private final double[][] a;

    private PairwiseMatrix(double[][] a) {
        this.a = a;
    }

    /**
     * The matrix, validated; else an {@link InvalidInputException} naming each wrong cell as
     * {@code field[i][j]} (0-based), or {@code field} itself when the shape is wrong.
     */
    public static PairwiseMatrix of(List<? extends List<? extends Number>> rows, String field) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of(field, "rating.matrix.error.required");
        }
        int n = rows.size();
        if (n < MIN_ORDER || n > RandomIndex.MAX_ORDER) {
            throw InvalidInputException.of(field, "rating.matrix.error.order");
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            List<? extends Number> row = rows.get(i);
            if (row == null || row.size() != n) {
                throw InvalidInputException.of(field, "rating.matrix.error.square");
            }
            for (int j = 0; j < n; j++) {
                Number v = row.get(j);
                a[i][j] = v == null ? Double.NaN : v.doubleValue();
            }
        }
        return of(a, field);
    }

    /** As {@link #of(List, String)}, from an array (copied). */
    public static PairwiseMatrix of(double[][] matrix, String field) {
        if (matrix == null || matrix.length < MIN_ORDER || matrix.length > RandomIndex.MAX_ORDER) {
            throw InvalidInputException.of(field, matrix == null ? "rating.matrix.error.required" : "rating.matrix.error.order");
        }
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw InvalidInputException.of(field, "rating.matrix.error.square");
            }
            a[i] = matrix[i].clone();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < n && errors.size() < 10; i++) {
            for (int j = 0; j < n && errors.size() < 10; j++) {
                double v = a[i][j];
                String cell = field + "[" + i + "][" + j + "]";
                if (!Double.isFinite(v) || v < SCALE_MIN - EDGE || v > SCALE_MAX + EDGE) {
                    errors.put(cell, "rating.matrix.error.scale");
                } else if (i == j && Math.abs(v - 1) > EDGE) {
                    errors.put(cell, "rating.matrix.error.diagonal");
                }
            }
        }
        for (int i = 0; i < n && errors.isEmpty(); i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    errors.put(field + "[" + j + "][" + i + "]", "rating.matrix.error.reciprocal");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PairwiseMatrix(a);
    }

    /**
     * The full matrix from its upper triangle, as the editor takes it: {@code upper[i][j]} for j &gt; i (other
     * entries ignored); the diagonal is 1 and a_ji = 1/a_ij. Validated like {@link #of(double[][], String)}.
     */
    public static PairwiseMatrix fromUpperTriangle(double[][] upper, String field) {
        int n = upper.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double v = upper[i] == null || upper[i].length <= j ? Double.NaN : upper[i][j];
                a[i][j] = v;
                a[j][i] = 1 / v;
            }
        }
        return of(a, field);
    }

    public int order() {
        return a.length;
    }

    public double get(int i, int j) {
        return a[i][j];
    }

    /** A copy of the entries. */
    public double[][] toArray() {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    /** The entries as lists, for JSON. */
    public List<List<Double>> toLists() {
        return java.util.Arrays.stream(a).map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
    }
}
