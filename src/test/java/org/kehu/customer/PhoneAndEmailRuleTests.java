package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * One rule for phone numbers and e-mail addresses: the contact form, the API and the import accept and
 * refuse the same texts, and the form and the API store the same normalised form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PhoneAndEmailRuleTests extends CustomerTestSupport {

    @ParameterizedTest
    @CsvSource(nullValues = "REFUSED", value = {
            "13812345678,13812345678", "'+86 139 0710 1234',13907101234", "0086-137-1234-5678,13712345678",
            "1234,REFUSED", "12345678901,REFUSED", "14012345678,REFUSED", "027-87654321,REFUSED"})
    void aContactMobileIsAcceptedOrRefusedAlikeByFormApiAndImport(String typed, String stored) throws Exception {
        boolean accepted = stored != null;
        assertThat(formAccepts("mobile", typed, stored)).isEqualTo(accepted);
        assertThat(apiAccepts("mobile", typed, stored)).isEqualTo(accepted);
        assertThat(importAccepts("联系人手机", "contactMobile", typed)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "REFUSED", value = {
            "027-87654321,027-87654321", "(0710) 345 6789,0710-3456789", "010-12345678转123,010-12345678-123",
            "13812345678,13812345678", "abc,REFUSED", "027-123,REFUSED", "0123-4567890,REFUSED"})
    void anOfficePhoneIsAcceptedOrRefusedAlikeByFormApiAndImport(String typed, String stored) throws Exception {
        boolean accepted = stored != null;
        assertThat(formAccepts("officePhone", typed, stored)).isEqualTo(accepted);
        assertThat(apiAccepts("officePhone", typed, stored)).isEqualTo(accepted);
        assertThat(importAccepts("联系人办公电话", "contactOfficePhone", typed)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "REFUSED", value = {
            "Li.Ming@Example.COM.cn,Li.Ming@example.com.cn", "wf@example.com,wf@example.com",
            "x,REFUSED", "a@b,REFUSED", "a..b@example.cn,REFUSED", "li@example,REFUSED"})
    void anEmailAddressIsAcceptedOrRefusedAlikeByFormApiAndImport(String typed, String stored) throws Exception {
        boolean accepted = stored != null;
        assertThat(formAccepts("email", typed, stored)).isEqualTo(accepted);
        assertThat(apiAccepts("email", typed, stored)).isEqualTo(accepted);
        assertThat(importAccepts("联系人邮箱", "contactEmail", typed)).isEqualTo(accepted);
    }

    private boolean formAccepts(String field, String typed, String stored) throws Exception {
        long customer = createCustomer("manager", "号码规则表单测试公司").get("id").asLong();
        MockHttpServletResponse response = mvc.perform(post("/customers/" + customer + "/contacts").with(as("manager")).with(csrf())
                .param("name", "陈静").param(field, typed)).andReturn().getResponse();
        if (response.getStatus() / 100 == 3) {
            assertThat(storedValue(customer, field)).isEqualTo(stored);
            return true;
        }
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("is-invalid").contains("不是有效的");
        return false;
    }

    private boolean apiAccepts(String field, String typed, String stored) throws Exception {
        long customer = createCustomer("manager", "号码规则接口测试公司").get("id").asLong();
        MockHttpServletResponse response = mvc.perform(post("/api/v1/customers/" + customer + "/contacts").with(as("manager"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("name", "陈静", field, typed)))).andReturn().getResponse();
        if (response.getStatus() == 201) {
            assertThat(json.readTree(response.getContentAsString()).get(field).asString()).isEqualTo(stored);
            return true;
        }
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"" + field + "\"");
        return false;
    }

    /** Checked with all-or-nothing, so that nothing is written either way; answers whether the column was refused. */
    private boolean importAccepts(String header, String field, String typed) throws Exception {
        String csv = "客户名称,联系人姓名," + header + "\n号码规则导入测试" + System.nanoTime() + "有限公司,陈静,\"" + typed + "\"\n";
        MockMultipartFile file = new MockMultipartFile("file", "contacts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String response = mvc.perform(multipart("/api/v1/customers/import").file(file).with(as("manager")).with(csrf())
                .param("mode", "ALL_OR_NOTHING")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> refused = new ArrayList<>();
        for (JsonNode error : json.readTree(response).get("errors")) {
            refused.add(error.get("field").asString());
        }
        return !refused.contains(field);
    }

    private String storedValue(long customer, String field) {
        String column = switch (field) {
            case "mobile" -> "mobile";
            case "officePhone" -> "office_phone";
            default -> "email";
        };
        return jdbc.sql("select " + column + " from contact where customer_id = :c").param("c", customer).query(String.class).single();
    }
}
