package org.kehu.rating.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix editor's input: the upper triangle's cells as typed ({@code a_0_1} …), decimals or fractions such as
 * {@code 1/3}. Reads them into numbers, naming each cell that is not one as {@code matrix[i][j]}.
 */
final class MatrixForm {

    static final int MAX_CELL_LENGTH = 20;

    private MatrixForm() {
    }

    static String cell(int i, int j) {
        return "a_" + i + "_" + j;
    }

    /** The upper triangle as numbers (NaN where a cell is empty or unreadable, which validation then names). */
    static double[][] read(Map<String, String> params, int n) {
        double[][] upper = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                upper[i][j] = number(params.get(cell(i, j)));
            }
        }
        return upper;
    }

    /** The cells as typed, to show them again beside their messages. */
    static Map<String, String> typed(Map<String, String> params, int n) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String v = params.get(cell(i, j));
                typed.put(cell(i, j), v == null ? "" : v.length() > MAX_CELL_LENGTH ? v.substring(0, MAX_CELL_LENGTH) : v);
            }
        }
        return typed;
    }

    /** The current matrix's upper triangle, as the editor shows it first. */
    static Map<String, String> of(List<List<Double>> matrix) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = i + 1; j < matrix.size(); j++) {
                typed.put(cell(i, j), format(matrix.get(i).get(j)));
            }
        }
        return typed;
    }

    /** The lower triangle's text for each typed upper cell: its reciprocal, or empty when the cell is no number. */
    static Map<String, String> reciprocals(Map<String, String> cells) {
        Map<String, String> lower = new LinkedHashMap<>();
        cells.forEach((cell, text) -> {
            double v = number(text);
            lower.put(cell, Double.isFinite(v) && v > 0 ? format(1 / v) : "");
        });
        return lower;
    }

    static String format(double v) {
        String s = java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s;
    }

    static double number(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CELL_LENGTH) {
            return Double.NaN;
        }
        String t = text.strip().replace('／', '/');
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                return Double.parseDouble(t.substring(0, slash).strip()) / Double.parseDouble(t.substring(slash + 1).strip());
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
