package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Imports order history files written into a temporary directory through the API, as the sales director (who
 * sees his department's customers). Not transactional: the import's staging runs in transactions of its own,
 * as it does for a user; each test uses numbers and codes of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@WithUserDetails("director")
class OrderHistoryImportTests {

    static final List<String> ENGLISH = List.of("Order number", "Order date", "Customer code", "Customer name", "Product code",
            "Product name", "Quantity", "Unit price", "Discount %");
    static final List<String> CHINESE = List.of("订单号", "订单日期", "客户编码", "客户名称", "产品编码", "产品名称", "数量", "金额", "状态");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path dir;

    /** A run's own suffix, so that the committed orders, customers and products of one test never meet another's. */
    String run;
    String customerCode;
    String productCode;

    @BeforeEach
    void existingCustomerAndProduct() {
        run = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        customerCode = "HC" + run;
        productCode = "HP" + run;
        jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id)
                values (:code, :name, 'hc', (select id from app_user where username = 'director'))""")
                .param("code", customerCode).param("name", "历史客户" + run).update();
        jdbc.sql("""
                insert into product(code, name, category_id, unit_code, price)
                values (:code, :name, (select min(id) from product_category), 'PIECE', 100)""")
                .param("code", productCode).param("name", "历史产品" + run).update();
    }

    @Test
    void validRowsModeImportsSalesAndReturnsAndCreatesWhatIsMissing() throws Exception {
        long movementsBefore = jdbc.sql("select count(*) from stock_movement").query(Long.class).single();
        Path file = csv("history.csv", StandardCharsets.UTF_8, ENGLISH,
                List.of("A" + run, "2023-05-04 09:15", customerCode, "", productCode, "", "3", "100.00", "10"),
                List.of("A" + run, "2023-05-04 09:15", "", "", "NEW" + run, "New gadget", "2", "7.50", ""),
                List.of("C" + run, "2023-06-01", "NC" + run, "New customer " + run, productCode, "", "-1", "100", ""),
                List.of("G" + run, "2023-06-02", "", "", productCode, "", "5", "1", ""),
                List.of("B" + run, "2023-06-03", customerCode, "", productCode, "", "0", "1", ""));

        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf()).param("mode", "VALID_ROWS")
                        .param("createCustomers", "true").param("createProducts", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(5))
                .andExpect(jsonPath("$.importedOrders").value(2))
                .andExpect(jsonPath("$.importedLines").value(3))
                .andExpect(jsonPath("$.createdCustomers").value(1))
                .andExpect(jsonPath("$.createdProducts").value(1))
                .andExpect(jsonPath("$.firstDay").value("2023-05-04"))
                .andExpect(jsonPath("$.lastDay").value("2023-06-01"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].field").value("customerCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("G" + run)))
                .andExpect(jsonPath("$.errors[1].row").value(6))
                .andExpect(jsonPath("$.errors[1].field").value("quantity"));

        Map<String, Object> sale = order("A" + run);
        assertThat(sale).containsEntry("status", "COMPLETED").containsEntry("imported", true).containsEntry("customer_code", customerCode)
                .containsEntry("order_date", java.sql.Date.valueOf(LocalDate.of(2023, 5, 4)));
        // 3 × 100 less 10 % and 2 × 7.50: the file's lines, the second taking the order's customer.
        assertThat((BigDecimal) sale.get("total")).isEqualByComparingTo("285.00");
        Map<String, Object> creditNote = order("C" + run);
        assertThat((BigDecimal) creditNote.get("total")).isEqualByComparingTo("-100.00");
        assertThat(jdbc.sql("select c.name || '/' || u.username from customer c join app_user u on u.id = c.owner_id where c.code = :c")
                .param("c", "NC" + run).query(String.class).single()).isEqualTo("New customer " + run + "/director");
        assertThat(jdbc.sql("select p.name || '/' || c.code from product p join product_category c on c.id = p.category_id where p.code = :c")
                .param("c", "NEW" + run).query(String.class).single()).startsWith("New gadget/IMPORT-");
        assertThat(jdbc.sql("select count(*) from sales_order where number in (:n)").param("n", List.of("G" + run, "B" + run))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from stock_movement").query(Long.class).single()).isEqualTo(movementsBefore);
        assertThat(events.stream(OrderHistoryImported.class)).singleElement()
                .satisfies(e -> assertThat(e).extracting(OrderHistoryImported::firstDay, OrderHistoryImported::lastDay,
                        OrderHistoryImported::orders).containsExactly(LocalDate.of(2023, 5, 4), LocalDate.of(2023, 6, 1), 2));
    }

    @Test
    void allOrNothingWritesNothingFromAGb18030FileWithAChineseHeader() throws Exception {
        Path file = csv("历史订单.csv", Charset.forName("GB18030"), CHINESE,
                List.of("D" + run, "2022/3/1", customerCode, "", productCode, "", "2", "240", "已完成"),
                List.of("E" + run, "2022年3月2日", "", "历史客户" + run, "", "历史产品" + run, "1", "120", "已完成"),
                List.of("F" + run, "2022-03-03", customerCode, "", "MISSING" + run, "", "1", "10", "已完成"));

        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf()).param("mode", "ALL_OR_NOTHING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.importedOrders").value(0))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("productCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("MISSING" + run)));
        assertThat(jdbc.sql("select count(*) from sales_order where number like :n").param("n", "_" + run)
                .query(Long.class).single()).isZero();

        // The same file without its bad line: the Chinese labels, dates and line amounts read as meant.
        Path good = csv("历史订单2.csv", Charset.forName("GB18030"), CHINESE,
                List.of("D" + run, "2022/3/1", customerCode, "", productCode, "", "2", "240", "已完成"),
                List.of("E" + run, "2022年3月2日", "", "历史客户" + run, "", "历史产品" + run, "1", "120", "已取消"));
        mvc.perform(multipart("/api/v1/orders/import").file(upload(good)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedOrders").value(2))
                .andExpect(jsonPath("$.errors.length()").value(0));
        assertThat(order("D" + run)).containsEntry("unit_price", new BigDecimal("120.00"));
        assertThat(order("E" + run)).containsEntry("status", "CANCELLED");

        // Imported again: every line says its order exists, nothing is doubled.
        mvc.perform(multipart("/api/v1/orders/import").file(upload(good)).with(csrf()).param("mode", "VALID_ROWS"))
                .andExpect(jsonPath("$.importedOrders").value(0))
                .andExpect(jsonPath("$.errors[0].field").value("orderNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("D" + run)));
    }

    @Test
    void readsAnExcelFileWithDateTimeCells() throws Exception {
        Path file = dir.resolve("history.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet sheet = wb.newWorksheet("orders");
            List<String> header = List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "X" + run);
            sheet.value(1, 1, productCode);
            sheet.value(1, 2, "Lamp");
            sheet.value(1, 3, 4);
            sheet.value(1, 4, java.time.LocalDateTime.of(2011, 12, 9, 12, 50));
            sheet.style(1, 4).format("yyyy-mm-dd hh:mm").set();
            sheet.value(1, 5, 2.5);
            sheet.value(1, 6, customerCode);
            sheet.value(1, 7, "United Kingdom");
            wb.finish();
        }
        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedOrders").value(1))
                .andExpect(jsonPath("$.importedLines").value(1));
        assertThat(order("X" + run)).containsEntry("order_date", java.sql.Date.valueOf(LocalDate.of(2011, 12, 9)))
                .containsEntry("product_name", "Lamp");
        assertThat((BigDecimal) order("X" + run).get("total")).isEqualByComparingTo("10.00");
    }

    @Test
    void aCustomerOutsideTheImportersScopeIsARowErrorAndAManagerMayNotImport() throws Exception {
        jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id)
                values (:code, 'South customer', 'sc', (select id from app_user where username = 'manager2'))""")
                .param("code", "SC" + run).update();
        Path file = csv("scope.csv", StandardCharsets.UTF_8, ENGLISH,
                List.of("S" + run, "2023-01-01", "SC" + run, "", productCode, "", "1", "1", ""));
        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf()).param("createCustomers", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedOrders").value(0))
                .andExpect(jsonPath("$.errors[0].field").value("customerCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("SC" + run)));
        assertThat(jdbc.sql("select count(*) from customer where code = :c").param("c", "SC" + run).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("manager")
    void anAccountManagerMayNotImportOrderHistory() throws Exception {
        Path file = csv("scope.csv", StandardCharsets.UTF_8, ENGLISH,
                List.of("M" + run, "2023-01-01", customerCode, "", productCode, "", "1", "1", ""));
        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/orders/import")).andExpect(status().isForbidden());
    }

    @Test
    void badOptionsAndFilesAreProblemsNamingTheField() throws Exception {
        Path file = csv("ok.csv", StandardCharsets.UTF_8, ENGLISH,
                List.of("O" + run, "2023-01-01", customerCode, "", productCode, "", "1", "1", ""));
        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf()).param("mode", "SOME")
                        .param("createProducts", "maybe").param("ownerId", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[?(@.field == 'mode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'createProducts')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'ownerId')]").exists());
        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf()).param("categoryId", "987654321"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("categoryId"));
        Path wrong = csv("wrong.csv", StandardCharsets.UTF_8, List.of("Order number", "Colour"), List.of("1", "red"));
        mvc.perform(multipart("/api/v1/orders/import").file(upload(wrong)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Colour")));
        Path text = dir.resolve("orders.txt");
        Files.writeString(text, "hello");
        mvc.perform(multipart("/api/v1/orders/import").file(upload(text)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void templatesCarryTheChineseHeader() throws Exception {
        mvc.perform(get("/api/v1/orders/import/template").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("订单号,订单日期,客户编码,客户名称,产品编码,产品名称,数量,单价")));
        byte[] xlsx = mvc.perform(get("/api/v1/orders/import/template").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path file = dir.resolve("template.xlsx");
        Files.write(file, xlsx);
        // The template as downloaded imports (its example customer and products are not in Kehu: three row errors).
        mvc.perform(multipart("/api/v1/orders/import").file(upload(file)).with(csrf()).param("mode", "VALID_ROWS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("customerCode"));
        mvc.perform(get("/api/v1/orders/import/template").param("format", "pdf")).andExpect(status().isBadRequest());
    }

    private Map<String, Object> order(String number) {
        return jdbc.sql("""
                select o.status, o.imported, o.total, o.order_date, c.code as customer_code, l.unit_price, l.product_name
                  from sales_order o join customer c on c.id = o.customer_id
                  join sales_order_line l on l.order_id = o.id and l.line_no = 1
                 where o.number = :n""").param("n", number).query().singleRow();
    }

    @SafeVarargs
    private Path csv(String name, Charset charset, List<String> header, List<String>... rows) throws IOException {
        Path file = dir.resolve(name);
        try (CsvWriter writer = CsvWriter.builder().build(file, charset)) {
            writer.writeRecord(header);
            for (List<String> row : rows) {
                writer.writeRecord(row);
            }
        }
        return file;
    }

    private static MockMultipartFile upload(Path file) throws IOException {
        return new MockMultipartFile("file", file.getFileName().toString(), "application/octet-stream", Files.readAllBytes(file));
    }
}
