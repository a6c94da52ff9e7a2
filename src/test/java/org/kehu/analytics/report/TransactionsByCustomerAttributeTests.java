package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transactions by province and by nature read the monthly rollup instead of joining each day row to its customer:
 * the report's cells equal the day rows joined to the customer as he is now, before and after a customer's province
 * and nature are changed through the API. The period starts mid-January, so the edge days come from the day rows and
 * the whole months from the rollup. The expected figures are summed here from the day rows, not typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TransactionsByCustomerAttributeTests {

    private static final LocalDate FROM = LocalDate.of(2016, 1, 5);
    private static final LocalDate TO = LocalDate.of(2016, 12, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel model;
    @Autowired
    Dictionary dictionary;

    private final JsonMapper json = JsonMapper.builder().build();
    private ReportFixture fixture;

    @BeforeEach
    void data() {
        fixture = ReportFixture.load(jdbc, model);
    }

    @Test
    void provinceAndNatureFiguresEqualTheDayRowsBeforeAndAfterACustomerMoves() throws Exception {
        assertReportMatchesDays();

        long customer = fixture.customerIds.get(0);
        mvc.perform(put("/api/v1/customers/" + customer).with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"报表测试甲公司\",\"ownerId\":" + fixture.users.get("t-rep-a")
                                + ",\"gradeCode\":\"KEY\",\"natureCode\":\"FOREIGN\",\"provinceCode\":\"110000\",\"version\":0}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select province_code from customer where id = ?").param(customer).query(String.class).single())
                .isEqualTo("110000");

        assertReportMatchesDays();
    }

    @Test
    void aRegionFilterWithTheNatureDimensionReadsTheRollupToo() throws Exception {
        Map<String, Map<String, BigDecimal>> expected = fromDays("c.nature_code", " and c.province_code = '420000'");
        Map<String, Map<String, BigDecimal>> shown = fromReport("nature", "&region=420000");
        assertThat(shown).isEqualTo(labelled(expected, this::nature)).isNotEmpty();
    }

    private void assertReportMatchesDays() throws Exception {
        assertThat(fromReport("region", "")).isEqualTo(labelled(fromDays("c.province_code", ""), this::province)).isNotEmpty();
        assertThat(fromReport("nature", "")).isEqualTo(labelled(fromDays("c.nature_code", ""), this::nature)).isNotEmpty();
    }

    /** The report's cells as t-rep-a sees them: value label → month → amount (zero cells left out). */
    private Map<String, Map<String, BigDecimal>> fromReport(String dimension, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/transactions?dimension=" + dimension + "&from=" + FROM + "&to=" + TO + query)
                        .with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode report = json.readTree(body);
        Map<String, Map<String, BigDecimal>> cells = new TreeMap<>();
        for (JsonNode row : report.get("rows")) {
            for (int m = 1; m <= 12; m++) {
                String month = java.time.YearMonth.of(2016, m).toString();
                BigDecimal amount = row.get(month).decimalValue();
                if (amount.signum() != 0) {
                    cells.computeIfAbsent(row.get("value").asString(), v -> new TreeMap<>()).put(month, amount.stripTrailingZeros());
                }
            }
        }
        return cells;
    }

    /** The same cells from the day rows joined to the customer, by code: t-rep-a's sales in the period. */
    private Map<String, Map<String, BigDecimal>> fromDays(String column, String condition) {
        Map<String, Map<String, BigDecimal>> cells = new TreeMap<>();
        jdbc.sql("select " + column + " as code, to_char(d.day, 'YYYY-MM') as month, sum(d.amount) as amount"
                        + " from analytics_sales_day d join customer c on c.id = d.customer_id"
                        + " where d.day >= ? and d.day <= ? and d.owner_id = ?" + condition + " group by 1, 2")
                .params(FROM, TO, fixture.users.get("t-rep-a"))
                .query(rs -> {
                    if (rs.getBigDecimal("amount").signum() != 0) {
                        cells.computeIfAbsent(rs.getString("code"), c -> new TreeMap<>())
                                .put(rs.getString("month"), rs.getBigDecimal("amount").stripTrailingZeros());
                    }
                });
        return cells;
    }

    private static Map<String, Map<String, BigDecimal>> labelled(Map<String, Map<String, BigDecimal>> byCode,
            Function<String, String> label) {
        Map<String, Map<String, BigDecimal>> byLabel = new TreeMap<>();
        byCode.forEach((code, months) -> byLabel.put(label.apply(code), months));
        return byLabel;
    }

    private String province(String code) {
        return dictionary.region(code).orElseThrow().nameZh();
    }

    private String nature(String code) {
        return dictionary.entry(DictionaryType.CUSTOMER_NATURE, code).orElseThrow().labelZh();
    }
}
