package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Imports real CSV and Excel files written into a temporary directory, through the API and the page. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("manager")
class CustomerImportTests {

    static final List<String> ENGLISH = List.of("Customer name", "Phone", "Nature", "Group", "Tax number",
            "Contact name", "Contact mobile", "Contact e-mail", "Contact birthday");
    static final List<String> CHINESE = List.of("客户名称", "电话", "客户性质", "客户组别", "税号",
            "联系人姓名", "联系人手机", "联系人邮箱", "联系人生日");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void allOrNothingWritesNothingWhenOneRowIsBad() throws Exception {
        Path file = csv("customers.csv", ENGLISH,
                List.of("襄阳测试轴承有限公司", "0710-3456789", "PRIVATE", "POTENTIAL", "91420600TEST00001", "刘洋", "13912345678", "liuyang@example.cn", "1985-03-01"),
                List.of("襄阳测试轴承有限公司", "0710-3456789", "PRIVATE", "POTENTIAL", "91420600TEST00001", "王芳", "13912345679", "", ""),
                List.of("荆州测试阀门有限公司", "0716-1234567", "私营", "现有客户", "91421000TEST00002", "赵敏", "1234", "zhaomin@example.cn", ""));

        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "text/csv")).with(csrf()).param("mode", "ALL_OR_NOTHING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.importedCustomers").value(0))
                .andExpect(jsonPath("$.importedContacts").value(0))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("contactMobile"));

        assertThat(countCustomers("%测试%有限公司")).isZero();
    }

    @Test
    void validRowsModeWritesTheGoodCustomersFromAnExcelFile() throws Exception {
        Path file = xlsx("customers.xlsx", ENGLISH,
                List.of("宜昌测试电机有限公司", "0717-6543210", "Private", "Current", "91420500TEST00003", "孙丽", "13712345678", "sunli@example.cn", "1979-11-30"),
                List.of("宜昌测试电机有限公司", "0717-6543210", "Private", "Current", "91420500TEST00003", "周杰", "13712345670", "", ""),
                List.of("十堰测试车桥有限公司", "0719-1111111", "NO_SUCH_NATURE", "Current", "91420300TEST00004", "吴刚", "13612345678", "", ""));

        mvc.perform(multipart("/api/v1/customers/import").file(upload(file,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).param("mode", "VALID_ROWS").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.importedCustomers").value(1))
                .andExpect(jsonPath("$.importedContacts").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("nature"));

        var imported = jdbc.sql("""
                select c.name_initials, c.nature_code, u.username, c.main_contact_id is not null as has_main,
                       (select count(*) from contact where customer_id = c.id) as contacts,
                       (select count(*) from customer_ownership where customer_id = c.id) as history,
                       (select count(*) from audit_log where entity_type = 'customer' and entity_id = c.id and action = 'IMPORT') as audits,
                       (select count(*) from customer_score where customer_id = c.id and clv is null) as unscored
                  from customer c join app_user u on u.id = c.owner_id where c.name = '宜昌测试电机有限公司'""")
                .query().singleRow();
        // "unscored": the import's insert-select gave the customer his (empty) score row, so the lists, which join
        // the scores, show him.
        assertThat(imported).containsEntry("name_initials", "yccsdjyxgs").containsEntry("nature_code", "PRIVATE")
                .containsEntry("username", "manager").containsEntry("has_main", true).containsEntry("contacts", 2L)
                .containsEntry("history", 1L).containsEntry("audits", 1L).containsEntry("unscored", 1L);
        assertThat(jdbc.sql("select birthday::text from contact where name = '孙丽' and mobile = '13712345678'")
                .query(String.class).single()).isEqualTo("1979-11-30");
        assertThat(countCustomers("十堰测试车桥有限公司")).isZero();
    }

    @Test
    void acceptsTheChineseHeaderAndDictionaryLabels() throws Exception {
        Path file = csv("客户.csv", CHINESE,
                List.of("孝感测试纺织有限公司", "0712-2222222", "国企", "潜在客户", "91420900TEST00005", "郑伟", "13512345678", "", "1990/1/2"));

        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "text/csv")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedCustomers").value(1))
                .andExpect(jsonPath("$.errors.length()").value(0));
        assertThat(jdbc.sql("select nature_code || '/' || group_code from customer where name = '孝感测试纺织有限公司'")
                .query(String.class).single()).isEqualTo("STATE_OWNED/POTENTIAL");
    }

    @Test
    void reportsDuplicatesOfExistingCustomersAndWithinTheFile() throws Exception {
        Path file = csv("dup.csv", ENGLISH,
                List.of("湖北钢铁公司", "", "", "", "", "", "", "", ""),
                List.of("鄂州测试铸造有限公司", "", "", "", "91420700TEST00006", "", "", "", ""),
                List.of("黄冈测试铸造有限公司", "", "", "", "91420700TEST00006", "", "", "", ""));

        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "text/csv")).with(csrf()).param("mode", "VALID_ROWS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedCustomers").value(1))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("customerName"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("taxNumber"));
    }

    @Test
    void refusesAnOwnerWhenTheImporterMayNotAssign() throws Exception {
        Path file = csv("owner.csv", List.of("客户名称", "负责人账号"), List.of("随州测试专汽有限公司", "manager2"));

        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "text/csv")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedCustomers").value(0))
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
    }

    @Test
    void refusesImportWhenHeaderDoesNotMatch() throws Exception {
        Path file = csv("wrong.csv", List.of("公司", "Phone"), List.of("咸宁测试有限公司", "0715-1234567"));

        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "text/csv")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString("公司")));
        assertThat(countCustomers("咸宁测试有限公司")).isZero();
    }

    @Test
    void refusesFilesThatAreNotCsvOrExcel() throws Exception {
        Path text = dir.resolve("customers.txt");
        Files.writeString(text, "客户名称\n荆门测试有限公司\n", StandardCharsets.UTF_8);
        Path pdf = dir.resolve("customers.pdf");
        Files.write(pdf, "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        Path pdfNamedCsv = dir.resolve("disguised.csv");
        Files.copy(pdf, pdfNamedCsv);

        for (Path file : List.of(text, pdf, pdfNamedCsv)) {
            mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "application/octet-stream")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("file"));
        }
        assertThat(countCustomers("荆门测试有限公司")).isZero();
    }

    @Test
    void importPageShowsTheBadRowAndItsError() throws Exception {
        Path file = csv("page.csv", ENGLISH,
                List.of("恩施测试茶业有限公司", "0718-8888888", "", "", "", "覃敏", "13312345678", "not-an-email", ""));

        String jobPage = mvc.perform(multipart("/customers/import").file(upload(file, "text/csv")).param("mode", "ALL_OR_NOTHING").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        // A small file is imported before the redirect: the job's page shows its report at once.
        mvc.perform(get(jobPage))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-errors\"")))
                .andExpect(content().string(containsString("data-row=\"2\"")))
                .andExpect(content().string(containsString("联系人邮箱")));
        assertThat(countCustomers("恩施测试茶业有限公司")).isZero();
    }

    @Test
    void importPageRefusesAPdfBesideTheFileField() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        mvc.perform(multipart("/customers/import").file(pdf).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-file-error\"")));
    }

    @Test
    void templatesDownloadAndTheirHeaderIsAccepted() throws Exception {
        byte[] csv = mvc.perform(get("/customers/import/template").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("客户名称", "联系人手机");
        byte[] xlsx = mvc.perform(get("/customers/import/template").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');

        // The header of the downloaded Excel template, with one new row, imports (regions left empty).
        Path file = xlsx("from-template.xlsx", org.kehu.customer.internal.imports.ImportTemplate.chineseHeader(),
                List.of("", "潜江测试龙虾食品有限公司", "0728-6666666", "", "", "", "", "", "私营", "潜在客户", "食品饮料",
                        "普通客户", "展会", "", "", "", "", "黄磊", "采购部", "采购经理", "13800001111", "", "", "", "是", "是"));
        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "application/octet-stream")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors.length()").value(0))
                .andExpect(jsonPath("$.importedContacts").value(1));
    }

    @Test
    void resolvesProvinceAndCityByTheirNames() throws Exception {
        Path file = csv("regions.csv", List.of("客户名称", "省份", "城市"),
                List.of("武汉测试光电有限公司", "湖北", "武汉市"),
                List.of("武汉测试光纤有限公司", "Hubei", "不存在市"));

        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "text/csv")).param("mode", "VALID_ROWS").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedCustomers").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("city"));
        assertThat(jdbc.sql("select province_code || '/' || city_code from customer where name = '武汉测试光电有限公司'")
                .query(String.class).single()).isEqualTo("420000/420100");
    }

    @Test
    void readsCsvSavedByChineseExcelInGb18030() throws Exception {
        byte[] gbk = "客户名称,联系人姓名\n黄石测试矿机有限公司,彭强\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        MockMultipartFile file = new MockMultipartFile("file", "gbk.csv", "text/csv", gbk);

        mvc.perform(multipart("/api/v1/customers/import").file(file).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedCustomers").value(1));
        assertThat(jdbc.sql("select count(*) from contact where name = '彭强'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void importPageOffersTheFormAndTheTemplates() throws Exception {
        mvc.perform(get("/customers/import"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-file\"")))
                .andExpect(content().string(containsString("id=\"import-mode-valid\"")))
                .andExpect(content().string(containsString("id=\"import-template-xlsx\"")));
    }

    @Test
    @WithUserDetails("service")
    void staffWithoutTheImportPermissionAreRefused() throws Exception {
        mvc.perform(get("/customers/import")).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/customers/import")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "客户名称\n某公司\n".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExcelRowNumberedFiveMillionIsOneRowReportedUnderItsOwnNumber() throws Exception {
        // A 2 KB workbook whose only data row is stored as row 5,000,000: the reader used to fill every row
        // before it (and then refused the file as too long). Only the rows present are read now.
        Path file = xlsx("far.xlsx", ENGLISH,
                List.of("潜江测试远行有限公司", "0728-1234567", "", "", "", "李远", "1234", "", ""));
        byte[] farRow = renumberSecondRow(file, 5_000_000);
        assertThat(farRow.length).isLessThan(16_000);

        long started = System.nanoTime();
        mvc.perform(multipart("/api/v1/customers/import")
                        .file(new MockMultipartFile("file", "far.xlsx", "application/octet-stream", farRow)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1))
                .andExpect(jsonPath("$.rowsRead").value(1))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(5_000_000))
                .andExpect(jsonPath("$.errors[0].field").value("contactMobile"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(20));
        assertThat(countCustomers("潜江测试远行有限公司")).isZero();
    }

    /** The workbook with its second row (and its cells) renumbered, as a hand-edited file would store it. */
    private static byte[] renumberSecondRow(Path xlsx, int number) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipFile(xlsx.toFile()); var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (var stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8)
                            .replace("<row r=\"2\"", "<row r=\"" + number + "\"")
                            .replaceAll("r=\"([A-Z]{1,3})2\"", "r=\"$1" + number + "\"");
                    assertThat(xml).contains("r=\"" + number + "\"");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void phoneNumbersAndAddressesAreStoredInTheFormTheApiStoresThem() throws Exception {
        String mobile = "+86 138-1234-5678";
        String fax = "(027) 8765-4321";
        String office = "027 8765 4322";
        String email = "Zhang@Example.CN";
        Path file = csv("normalised.csv", List.of("Customer name", "Phone", "Fax", "Nature", "Group", "Contact name",
                        "Contact mobile", "Contact office phone", "Contact e-mail"),
                List.of("黄石测试规范有限公司", mobile, fax, "PRIVATE", "POTENTIAL", "张伟", mobile, office, email));
        mvc.perform(multipart("/api/v1/customers/import").file(upload(file, "text/csv")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.importedCustomers").value(1))
                .andExpect(jsonPath("$.importedContacts").value(1));

        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/customers")
                        .param("confirmDuplicate", "true").with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"黄石测试表单有限公司\",\"natureCode\":\"PRIVATE\",\"phone\":\"" + mobile
                                + "\",\"fax\":\"" + fax + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long apiCustomer = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/customers/" + apiCustomer + "/contacts")
                        .with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"张伟\",\"mobile\":\"" + mobile + "\",\"officePhone\":\"" + office
                                + "\",\"email\":\"" + email + "\"}"))
                .andExpect(status().isCreated());

        String stored = """
                select c.phone || '|' || c.fax || '|' || k.mobile || '|' || k.office_phone || '|' || k.email
                  from customer c join contact k on k.customer_id = c.id where c.name = :name""";
        String imported = jdbc.sql(stored).param("name", "黄石测试规范有限公司").query(String.class).single();
        String byApi = jdbc.sql(stored).param("name", "黄石测试表单有限公司").query(String.class).single();
        assertThat(imported).isEqualTo(byApi).startsWith("13812345678|").endsWith("|Zhang@example.cn");
    }

    private long countCustomers(String namePattern) {
        return jdbc.sql("select count(*) from customer where name like :p").param("p", namePattern).query(Long.class).single();
    }

    private static MockMultipartFile upload(Path file, String contentType) throws IOException {
        return new MockMultipartFile("file", file.getFileName().toString(), contentType, Files.readAllBytes(file));
    }

    @SafeVarargs
    private Path csv(String name, List<String> header, List<String>... rows) throws IOException {
        Path file = dir.resolve(name);
        try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
            writer.writeRecord(header);
            for (List<String> row : rows) {
                writer.writeRecord(row);
            }
        }
        return file;
    }

    @SafeVarargs
    private Path xlsx(String name, List<String> header, List<String>... rows) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet sheet = wb.newWorksheet("Sheet1");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].size(); c++) {
                    sheet.value(r + 1, c, rows[r].get(c));
                }
            }
            wb.finish();
        }
        return file;
    }
}
