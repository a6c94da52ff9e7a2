/**
 * The analytic hierarchy process (Saaty) as plain calculations: a validated pairwise comparison matrix, its
 * principal eigenvector as the weights, λmax, CI, RI and CR, and the comparisons that disagree most with the
 * weights when the matrix is too inconsistent to use.
 */
package org.kehu.rating.ahp;
