package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 2F1 against closed forms it reduces to (Abramowitz and Stegun 15.1.3, 15.1.5, 15.1.6, 15.1.8), on both sides
 * of zero and close to one, where the plain series is slow.
 */
class HypergeometricTests {

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 0.9, 0.99, 0.999, -0.5, -3, -50})
    void oneOneTwoIsTheLogarithm(double z) {
        assertThat(Hypergeometric.f21(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, withinPercentage(1e-10));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.95, -0.7, -9})
    void equalLowerAndUpperParameterIsABinomial(double z) {
        assertThat(Hypergeometric.f21(2.7, 0.45, 0.45, z)).isCloseTo(Math.pow(1 - z, -2.7), withinPercentage(1e-10));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.7, 0.97})
    void halfHalfThreeHalvesIsTheArcSine(double s) {
        assertThat(Hypergeometric.f21(0.5, 0.5, 1.5, s * s)).isCloseTo(Math.asin(s) / s, withinPercentage(1e-10));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2, 10})
    void negativeArgumentThroughPfaffIsTheArcTangent(double s) {
        assertThat(Hypergeometric.f21(0.5, 1, 1.5, -s * s)).isCloseTo(Math.atan(s) / s, withinPercentage(1e-10));
    }

    @Test
    void negativeIntegerParameterEndsTheSeriesAsAPolynomial() {
        double b = 1.7;
        double c = 3.2;
        double z = 0.8;
        double polynomial = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        assertThat(Hypergeometric.f21(-2, b, c, z)).isCloseTo(polynomial, within(1e-14));
    }

    @Test
    void reducedSeriesIsTheSeriesLessOneOverTheSecondParameter() {
        double bigA = 2.976;
        double a = 0.793;
        double bigC = 5.219;
        double z = 0.62;
        double expected = (Hypergeometric.f21(bigA, a - 1, bigC, z) - 1) / (a - 1);
        assertThat(Hypergeometric.reducedSeries(bigA, a, bigC, z)).isCloseTo(expected, withinPercentage(1e-9));
    }

    @Test
    void refusesAnArgumentOfOneOrMore() {
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
