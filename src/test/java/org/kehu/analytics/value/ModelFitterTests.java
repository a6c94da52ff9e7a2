package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A fit the data cannot support is refused with a reason the page and the API can show. */
class ModelFitterTests {

    @Test
    void refusesBgNbdOnTooFewCustomers() {
        double[] x = {0, 1, 2, 0, 3};
        double[] tx = {0, 3, 10, 0, 20};
        double[] bigT = {30, 30, 30, 30, 30};
        double[] ones = {1, 1, 1, 1, 1};

        assertThatThrownBy(() -> ModelFitter.fitBgNbd(BgNbdData.of(x, tx, bigT, ones)))
                .isInstanceOf(TooFewDataException.class).hasMessageContaining("at least 30 customers")
                .extracting(e -> ((TooFewDataException) e).messageKey()).isEqualTo("clv.fit.tooFewCustomers");
    }

    @Test
    void refusesGammaGammaWhenEveryoneSpendsTheSame() {
        double[] x = new double[20];
        double[] zbar = new double[20];
        double[] ones = new double[20];
        java.util.Arrays.fill(x, 2);
        java.util.Arrays.fill(zbar, 50);
        java.util.Arrays.fill(ones, 1);

        assertThatThrownBy(() -> ModelFitter.fitGammaGamma(new GammaGammaData(x, zbar, ones)))
                .isInstanceOf(TooFewDataException.class)
                .extracting(e -> ((TooFewDataException) e).messageKey()).isEqualTo("clv.fit.tooFewSpenders");
    }
}
