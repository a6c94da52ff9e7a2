package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The first lines of the UCI Online Retail data set (Chen, Sain &amp; Guo 2012; UCI Machine Learning Repository),
 * read from the shared data directory, imported as they are: its English header (InvoiceNo, StockCode, ...),
 * cancellations (invoices starting with C, negative quantities) and guests without a CustomerID. The whole
 * file's import time is measured by {@code bench/run order-import}, not here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("admin")
class OnlineRetailImportTests {

    static final Path DATA = Path.of("..", "..", "shared", "data", "online-retail", "online_retail.csv.gz");
    static final Path SHARED = Path.of("/work/shared/data/online-retail/online_retail.csv.gz");
    static final int LINES = 3_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void importsTheFirstLinesOfOnlineRetailWithReturnsAndGuests() throws Exception {
        Path source = Files.exists(SHARED) ? SHARED : DATA;
        assumeThat(source).as("UCI Online Retail in the shared data directory").exists();
        Path excerpt = dir.resolve("online_retail_head.csv");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(source)),
                StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(excerpt)) {
            for (int i = 0; i <= LINES; i++) {
                out.write(in.readLine());
                out.write('\n');
            }
        }
        Set<String> invoices = new HashSet<>();
        Set<String> returns = new HashSet<>();
        long guests = 0;
        BigDecimal net = BigDecimal.ZERO;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(excerpt)) {
            for (CsvRecord r : csv.stream().skip(1).toList()) {
                if (r.getField(6).isEmpty()) {
                    guests++;
                    continue;
                }
                invoices.add(r.getField(0));
                if (r.getField(0).startsWith("C")) {
                    returns.add(r.getField(0));
                }
                net = net.add(new BigDecimal(r.getField(3)).multiply(new BigDecimal(r.getField(5))).setScale(2, RoundingMode.HALF_UP));
            }
        }
        long existing = jdbc.sql("select count(*) from sales_order where number in (:n)").param("n", invoices).query(Long.class).single();
        assumeThat(existing).as("not imported before in this test JVM").isZero();

        mvc.perform(multipart("/api/v1/orders/import")
                        .file(new MockMultipartFile("file", "online_retail_head.csv", "text/csv", Files.readAllBytes(excerpt)))
                        .param("mode", "VALID_ROWS").param("createCustomers", "true").param("createProducts", "true")
                        .param("wait", "true").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(LINES))
                .andExpect(jsonPath("$.importedOrders").value(invoices.size()))
                .andExpect(jsonPath("$.rowsWithErrors").value(guests))
                .andExpect(jsonPath("$.firstDay").value("2010-12-01"))
                .andExpect(jsonPath("$.errors[0].field").value("customerCode"));

        assertThat(guests).as("the excerpt has guests").isPositive();
        assertThat(returns).as("the excerpt has cancellations").isNotEmpty();
        List<String> numbers = List.copyOf(invoices);
        assertThat(jdbc.sql("select sum(total) from sales_order where imported and number in (:n)").param("n", numbers)
                .query(BigDecimal.class).single()).isEqualByComparingTo(net);
        assertThat(jdbc.sql("select count(*) from sales_order where number in (:n) and total < 0").param("n", List.copyOf(returns))
                .query(Long.class).single()).isEqualTo(returns.size());
        assertThat(jdbc.sql("select count(*) from sales_order_line l join sales_order o on o.id = l.order_id where o.number = '536365'")
                .query(Long.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select c.code from sales_order o join customer c on c.id = o.customer_id where o.number = '536365'")
                .query(String.class).single()).isEqualTo("17850");
    }
}
