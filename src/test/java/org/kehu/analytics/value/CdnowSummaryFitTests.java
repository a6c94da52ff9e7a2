package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The models fitted to the CDNOW summary as published with the data (x, t_x, T in weeks, z̄), against the
 * papers: Fader, Hardie and Lee (2005), "'Counting your customers' the easy way", Marketing Science 24(2),
 * section 5: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = -9582.4; Fader and Hardie (2013), "The
 * Gamma-Gamma model of monetary value": p = 6.25, q = 3.74, γ = 15.44.
 */
class CdnowSummaryFitTests {

    @Test
    void bgNbdFittedToThePublishedSummaryGivesThePapersParameters() throws IOException {
        List<String[]> rows = rows();
        double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        double[] tx = rows.stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
        double[] bigT = rows.stream().mapToDouble(r -> Double.parseDouble(r[3])).toArray();
        double[] ones = rows.stream().mapToDouble(r -> 1).toArray();

        ModelFitter.Fitted<BgNbd> fitted = ModelFitter.fitBgNbd(BgNbdData.of(x, tx, bigT, ones));

        assertThat(fitted.model().r()).isCloseTo(0.243, within(0.0015));
        assertThat(fitted.model().alpha()).isCloseTo(4.414, within(0.01));
        assertThat(fitted.model().a()).isCloseTo(0.793, within(0.005));
        assertThat(fitted.model().b()).isCloseTo(2.426, within(0.02));
        assertThat(fitted.logLikelihood()).isCloseTo(-9582.4, within(0.5));
    }

    @Test
    void gammaGammaFittedToThePublishedSummaryGivesTheNotesParameters() throws IOException {
        List<String[]> rows = rows();
        double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        double[] zbar = rows.stream().mapToDouble(r -> Double.parseDouble(r[4])).toArray();
        double[] ones = rows.stream().mapToDouble(r -> 1).toArray();

        ModelFitter.Fitted<GammaGamma> fitted = ModelFitter.fitGammaGamma(new GammaGammaData(x, zbar, ones));

        assertThat(fitted.customers()).isEqualTo(946);
        assertThat(fitted.model().p()).isCloseTo(6.25, within(0.05));
        assertThat(fitted.model().q()).isCloseTo(3.74, within(0.05));
        assertThat(fitted.model().gamma()).isCloseTo(15.44, within(0.1));
    }

    private static List<String[]> rows() throws IOException {
        return Files.readAllLines(CdnowData.file("cdnow_customers_summary.csv")).stream().skip(1)
                .map(line -> line.split(",")).toList();
    }
}
