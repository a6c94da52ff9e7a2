package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CDNOW purchases (the 1/10 sample of Fader, Hardie and Lee 2005, read from {@code ../shared/data/cdnow/})
 * go through the code the application runs: the purchases as customer-days with their amount (what
 * {@code analytics_purchase_day} holds), summarised by {@link PurchaseSummaries}' SQL up to the end of the 39-week
 * calibration period (1997-01-01 to 1997-09-30, time unit weeks), fitted by {@link ModelFitter}. Expected:
 * Fader, Hardie and Lee (2005), "'Counting your customers' the easy way: an alternative to the Pareto/NBD model",
 * Marketing Science 24(2), 275–284, section 5: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = -9582.4; Fader and
 * Hardie (2013), "The Gamma-Gamma model of monetary value" (brucehardie.com/notes/025), on the 946 customers with
 * repeat purchases: p = 6.25, q = 3.74, γ = 15.44.
 */
@SpringBootTest
class CdnowReproductionTests {

    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private PurchaseSummaries summaries;

    @BeforeEach
    void cdnowPurchases() throws IOException {
        jdbc.sql("""
                create table if not exists test_cdnow_purchase_day (customer_id bigint not null, day date not null,
                  amount numeric(16, 2) not null, primary key (customer_id, day))""").update();
        jdbc.sql("truncate test_cdnow_purchase_day").update();
        // one purchase per customer-day, worth the day's total, as the read model keeps them
        Map<String, BigDecimal> days = new HashMap<>();
        for (String line : Files.readAllLines(CdnowData.file("CDNOW_sample.txt"))) {
            String[] f = line.trim().split("\\s+");
            days.merge(Long.parseLong(f[1]) + " " + f[2], new BigDecimal(f[4]), BigDecimal::add);
        }
        DateTimeFormatter compact = DateTimeFormatter.BASIC_ISO_DATE;
        List<Object[]> rows = days.entrySet().stream().map(e -> {
            String[] key = e.getKey().split(" ");
            return new Object[] {Long.parseLong(key[0]), LocalDate.parse(key[1], compact), e.getValue()};
        }).toList();
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .batchUpdate("insert into test_cdnow_purchase_day(customer_id, day, amount) values (?, ?, ?)", rows);
        summaries = new PurchaseSummaries(dataSource, "test_cdnow_purchase_day");
    }

    @Test
    void bgNbdFittedToTheRawPurchasesGivesThePapersParameters() {
        BgNbdData data = summaries.bgNbd(CALIBRATION_END);

        ModelFitter.Fitted<BgNbd> fitted = ModelFitter.fitBgNbd(data);

        assertThat(data.customers()).isEqualTo(2357);
        assertThat(fitted.model().r()).isCloseTo(0.243, within(0.0015));
        assertThat(fitted.model().alpha()).isCloseTo(4.414, within(0.01));
        assertThat(fitted.model().a()).isCloseTo(0.793, within(0.005));
        assertThat(fitted.model().b()).isCloseTo(2.426, within(0.02));
        assertThat(fitted.logLikelihood()).isCloseTo(-9582.4, within(0.5));
        assertThat(java.util.Arrays.stream(fitted.standardErrors()).allMatch(se -> se > 0 && Double.isFinite(se))).isTrue();
    }

    @Test
    void gammaGammaFittedToTheRawPurchasesGivesTheNotesParameters() {
        ModelFitter.Fitted<GammaGamma> fitted = ModelFitter.fitGammaGamma(summaries.gammaGamma(CALIBRATION_END));

        assertThat(fitted.customers()).isEqualTo(946);
        assertThat(fitted.model().p()).isCloseTo(6.25, within(0.05));
        assertThat(fitted.model().q()).isCloseTo(3.74, within(0.05));
        assertThat(fitted.model().gamma()).isCloseTo(15.44, within(0.1));
    }

    @Test
    void summariesAgreeWithTheSummaryPublishedWithTheData() throws IOException {
        Map<Long, PurchaseSummaries.Summary> ours = new HashMap<>();
        summaries.forEach(CALIBRATION_END, s -> ours.put(s.customerId(), s));

        List<String> published = Files.readAllLines(CdnowData.file("cdnow_customers_summary.csv"));
        assertThat(ours).hasSize(published.size() - 1);
        for (String line : published.subList(1, published.size())) {
            String[] f = line.split(",");
            PurchaseSummaries.Summary s = ours.get(Long.parseLong(f[0]));
            assertThat(s.x()).as("x of %s", f[0]).isEqualTo(Integer.parseInt(f[1]));
            assertThat(s.tx()).as("t_x of %s", f[0]).isCloseTo(Double.parseDouble(f[2]), within(0.006));
            assertThat(s.bigT()).as("T of %s", f[0]).isCloseTo(Double.parseDouble(f[3]), within(0.006));
            assertThat(s.zbar()).as("z̄ of %s", f[0]).isCloseTo(Double.parseDouble(f[4]), within(0.006));
        }
    }

    @Test
    void holdoutFigureTracksTheActualRepeatPurchasesOverTheNext39Weeks() {
        BgNbd published = new BgNbd(0.243, 4.414, 0.793, 2.426);

        Holdout holdout = Holdout.of(published, CALIBRATION_END, summaries.firstPurchases(CALIBRATION_END),
                summaries.repeatPurchasesPerDay(CALIBRATION_END));

        assertThat(holdout.start()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(holdout.calibrationWeeks()).isEqualTo(39);
        assertThat(holdout.weeks()).isEqualTo(78);
        int last = holdout.weeks() - 1;
        // the paper's figure 2: the model's cumulative curve stays within a few percent of the actual one
        assertThat(holdout.predicted()[last]).isCloseTo(holdout.actual()[last], within(holdout.actual()[last] * 0.05));
        assertThat(holdout.predicted()[38]).isCloseTo(holdout.actual()[38], within(holdout.actual()[38] * 0.05));
    }
}
