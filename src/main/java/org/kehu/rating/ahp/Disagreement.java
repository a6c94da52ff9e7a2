package org.kehu.rating.ahp;

/**
 * One comparison set against what the weights say of it: row i was judged {@code given} times as important as
 * column j, the weights imply w_i / w_j. {@code deviation} is |ln(given · w_j / w_i)|, zero when they agree;
 * ln makes "twice too much" and "half too little" equally far.
 */
public record Disagreement(int row, int column, double given, double implied, double deviation) {
}
