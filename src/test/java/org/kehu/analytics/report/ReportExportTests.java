package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The exports are real files with every row of the filtered set, within the reader's scope: the CSV read back with
 * a CSV parser, the workbook with an Excel reader, their figures those of the data set.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportExportTests {

    private static final String PERIOD = "from=2016-01-01&to=2016-12-31";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel model;

    @BeforeEach
    void data() {
        ReportFixture.load(jdbc, model);
    }

    @Test
    void theCsvHasEveryRankedCustomerOfTheReaderAndNoOneElse() throws Exception {
        byte[] body = mvc.perform(get("/reports/contribution/export?format=csv&" + PERIOD)
                        .with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("contribution-2016-01-01-2016-12-31.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(text))) {
            records = reader.stream().toList();
        }
        assertThat(records.get(0).getFields()).containsExactly("排名", "客户编号", "客户", "省份", "等级", "净销售额", "占比", "累计占比");
        Map<Integer, BigDecimal> revenue = ReportFixture.revenueByCustomer(ReportFixture.ownedBy("t-rep-a"));
        assertThat(records).hasSize(1 + revenue.size());
        Map<String, BigDecimal> exported = records.subList(1, records.size()).stream()
                .collect(Collectors.toMap(r -> r.getField(1), r -> new BigDecimal(r.getField(5))));
        Map<String, BigDecimal> expected = revenue.entrySet().stream()
                .collect(Collectors.toMap(e -> ReportFixture.CUSTOMERS.get(e.getKey()).code(), Map.Entry::getValue));
        assertThat(exported).hasSameSizeAs(expected);
        expected.forEach((code, amount) -> assertThat(exported.get(code)).isEqualByComparingTo(amount));
        assertThat(exported).doesNotContainKey("KHREP06");
        assertThat(records.get(1).getField(0)).isEqualTo("1");
    }

    @Test
    void theWorkbookHasTheTransactionsWithNumberCells() throws Exception {
        byte[] body = mvc.perform(get("/reports/transactions/export?format=xlsx&dimension=region&" + PERIOD)
                        .with(user(accounts.loadUserByUsername("t-rep-d"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            rows = wb.getFirstSheet().read();
        }
        assertThat(rows.get(0).getCell(1).getText()).isEqualTo("2016-01");
        assertThat(rows.get(0).getCell(13).getText()).isEqualTo("合计");
        long provinces = ReportFixture.revenueByCustomer(o -> true).keySet().stream()
                .map(c -> ReportFixture.CUSTOMERS.get(c).province()).distinct().count();
        assertThat(rows).hasSize(1 + (int) provinces);
        BigDecimal total = rows.subList(1, rows.size()).stream().map(r -> r.getCell(13).asNumber())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(ReportFixture.revenueByCustomer(o -> true).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aWrongFormatIsRefused() throws Exception {
        mvc.perform(get("/reports/composition/export?format=pdf").with(user(accounts.loadUserByUsername("t-rep-a"))))
                .andExpect(status().isBadRequest());
    }
}
