package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerApiTests extends CustomerTestSupport {

    @Test
    void createAnswers201WithLocationIdAndGeneratedCode() throws Exception {
        mvc.perform(post("/api/v1/customers").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"武汉新创机电有限公司\",\"provinceCode\":\"420000\",\"cityCode\":\"420100\",\"natureCode\":\"PRIVATE\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/customers/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.matchesPattern("KH\\d{4}\\d{6}")))
                .andExpect(jsonPath("$.ownerId").isNumber());
    }

    @Test
    void refusesInvalidInputNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/customers").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\" \",\"natureCode\":\"NOPE\",\"phone\":\"call me\",\"provinceCode\":\"420000\",\"cityCode\":\"110105\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "natureCode", "phone", "cityCode")));
    }

    @Test
    void warnsOfDuplicatesUnlessConfirmed() throws Exception {
        JsonNode first = createCustomerJson("manager", "{\"name\":\"重庆重型齿轮厂\",\"taxNumber\":\"91500000TESTDUP01\"}");
        mvc.perform(post("/api/v1/customers").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"重庆齿轮新厂\",\"taxNumber\":\"91500000TESTDUP01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.duplicates[0].id").value(first.get("id").asLong()))
                .andExpect(jsonPath("$.duplicates[0].matchedOn").value("taxNumber"));
        createCustomerJson("manager", "{\"name\":\"重庆齿轮新厂\",\"taxNumber\":\"91500000TESTDUP01\"}");
    }

    @Test
    void refusesAStaleVersionWith409() throws Exception {
        JsonNode c = createCustomer("manager", "南京长江电缆厂");
        String url = "/api/v1/customers/" + c.get("id").asLong();
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"南京长江电缆有限公司\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"南京长江电缆集团\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(url).with(as("manager"))).andExpect(jsonPath("$.name").value("南京长江电缆有限公司"));
    }

    @Test
    void findsACustomerByPinyinInitials() throws Exception {
        JsonNode c = createCustomer("manager", "湖北钢铁公司");
        mvc.perform(get("/api/v1/customers").param("q", "hbgs").with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(hasItem(c.get("id").asInt())));
        mvc.perform(get("/api/v1/customers").param("q", "钢铁").with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(c.get("id").asInt())));
        mvc.perform(get("/api/v1/customers").param("q", c.get("code").asString().toLowerCase()).with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(c.get("id").asInt())));
    }

    @Test
    void pagesWithCursorsWithoutRepeatingRows() throws Exception {
        for (int i = 0; i < 5; i++) {
            createCustomer("manager", "分页测试客户" + i);
        }
        String first = mvc.perform(get("/api/v1/customers").param("q", "分页测试客户").param("sort", "name").param("size", "2")
                .with(as("manager"))).andReturn().getResponse().getContentAsString();
        JsonNode page1 = json.readTree(first);
        assertThat(page1.get("items").size()).isEqualTo(2);
        assertThat(page1.get("items").get(0).get("name").asString()).isEqualTo("分页测试客户0");
        JsonNode page2 = json.readTree(mvc.perform(get("/api/v1/customers").param("q", "分页测试客户").param("sort", "name")
                .param("size", "2").param("after", page1.get("next").asString()).with(as("manager")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page2.get("items").get(0).get("name").asString()).isEqualTo("分页测试客户2");
        JsonNode back = json.readTree(mvc.perform(get("/api/v1/customers").param("q", "分页测试客户").param("sort", "name")
                .param("size", "2").param("before", page2.get("previous").asString()).with(as("manager")))
                .andReturn().getResponse().getContentAsString());
        assertThat(back.get("items").get(0).get("name").asString()).isEqualTo("分页测试客户0");
    }

    @Test
    void transferIsRecordedInTheOwnershipHistory() throws Exception {
        JsonNode c = createCustomer("manager", "青岛海滨化工厂");
        long id = c.get("id").asLong();
        long manager2 = jdbc.sql("select id from app_user where username = 'manager2'").query(Long.class).single();
        mvc.perform(post("/api/v1/customers/transfer").with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerIds\":[" + id + "],\"ownerId\":" + manager2 + ",\"reason\":\"区域调整\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.transferred").value(1));
        assertThat(jdbc.sql("select count(*) from customer_ownership where customer_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select owner_id from customer_ownership where customer_id = :id and to_at is null")
                .param("id", id).query(Long.class).single()).isEqualTo(manager2);
        mvc.perform(get("/api/v1/customers/" + id).with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id).with(as("manager2"))).andExpect(status().isOk());
    }

    @Test
    void managesContactsWithOneMainContact() throws Exception {
        JsonNode c = createCustomer("manager", "厦门海湾电子公司");
        long id = c.get("id").asLong();
        String first = mvc.perform(post("/api/v1/customers/" + id + "/contacts").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"王芳\",\"email\":\"wf@example.com\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.primary").value(true))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/customers/" + id + "/contacts").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"李强\",\"primary\":true}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/customers/" + id + "/contacts").with(as("manager")))
                .andExpect(jsonPath("$[0].name").value("李强")).andExpect(jsonPath("$[1].primary").value(false));
        mvc.perform(post("/api/v1/customers/" + id + "/contacts").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"赵\",\"email\":\"not-an-email\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
        long contactId = json.readTree(first).get("id").asLong();
        mvc.perform(delete("/api/v1/contacts/" + contactId).with(as("manager2")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/contacts/" + contactId).with(as("manager")).with(csrf())).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'contact' and entity_id = :id")
                .param("id", contactId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void recordsAnInteractionOnTheTimeline() throws Exception {
        JsonNode c = createCustomer("manager", "宁波港口机械厂");
        long id = c.get("id").asLong();
        mvc.perform(post("/api/v1/customers/" + id + "/interactions").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"occurredAt\":\"2026-03-01T10:30\",\"channelCode\":\"VISIT\",\"summary\":\"上门拜访，洽谈年度采购\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.recordedByName").isNotEmpty());
        mvc.perform(post("/api/v1/customers/" + id + "/interactions").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"channelCode\":\"FAX\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "occurredAt", "channelCode", "summary")));
        mvc.perform(get("/api/v1/customers/" + id + "/interactions").with(as("manager")))
                .andExpect(jsonPath("$[0].summary").value("上门拜访，洽谈年度采购"));
    }

    @Test
    void recordsAnInteractionWithAttachmentsThroughMultipart() throws Exception {
        long id = createCustomer("manager", "珠海多部件测试游艇厂").get("id").asLong();
        var interaction = new org.springframework.mock.web.MockMultipartFile("interaction", "", "application/json",
                "{\"occurredAt\":\"2026-04-02T09:00\",\"channelCode\":\"MEETING\",\"summary\":\"技术交流会\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var file = new org.springframework.mock.web.MockMultipartFile("files", "纪要.txt", "text/plain", new byte[] {1, 2, 3});
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/customers/" + id + "/interactions").file(interaction).file(file)
                .with(as("manager")).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attachments[0].filename").value("纪要.txt"))
                .andReturn().getResponse().getContentAsString();
        long attachmentId = json.readTree(body).get("attachments").get(0).get("id").asLong();
        mvc.perform(get("/api/v1/attachments/" + attachmentId).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().bytes(new byte[] {1, 2, 3}));
        mvc.perform(get("/api/v1/attachments/" + attachmentId).with(as("manager2"))).andExpect(status().isNotFound());
    }

    @Test
    void keepsADictionaryCodeThatWasDisabledAfterItWasSaved() throws Exception {
        long id = createCustomerJson("manager", "{\"name\":\"大连旧码测试船舶厂\",\"natureCode\":\"COLLECTIVE\"}").get("id").asLong();
        String entry = mvc.perform(get("/api/v1/dictionary/CUSTOMER_NATURE/COLLECTIVE").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(put("/api/v1/dictionary/CUSTOMER_NATURE/COLLECTIVE").with(as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(entry.replace("\"enabled\":true", "\"enabled\":false")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/customers/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"大连旧码测试船舶有限公司\",\"natureCode\":\"COLLECTIVE\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/customers").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"大连新码测试公司\",\"natureCode\":\"COLLECTIVE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("natureCode"));
    }

    @Test
    void codeCanBeChangedOnceAndMustBeUnique() throws Exception {
        JsonNode a = createCustomer("manager", "编号测试甲公司");
        JsonNode b = createCustomer("manager", "编号测试乙公司");
        String url = "/api/v1/customers/" + b.get("id").asLong();
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"编号测试乙公司\",\"code\":\"" + a.get("code").asString() + "\",\"version\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("编号")));
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"编号测试乙公司\",\"code\":\"VIP-001-TEST\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.codeEdited").value(true));
        mvc.perform(put(url).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"编号测试乙公司\",\"code\":\"VIP-002-TEST\",\"version\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void auditsCustomerChangesWithOldAndNewValues() throws Exception {
        JsonNode c = createCustomer("manager", "合肥江淮配件厂");
        long id = c.get("id").asLong();
        mvc.perform(put("/api/v1/customers/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"合肥江淮配件有限公司\",\"version\":0}")).andExpect(status().isOk());
        String old = jdbc.sql("select old_value->>'name' from audit_log where entity_type='customer' and entity_id=:id and action='UPDATE'")
                .param("id", id).query(String.class).single();
        assertThat(old).isEqualTo("合肥江淮配件厂");
        assertThat(jdbc.sql("select name_initials from customer where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("hfjhpjyxgs");
        mvc.perform(get("/api/v1/customers").param("q", "配件厂").with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
    }
}
