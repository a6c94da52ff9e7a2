package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerPageTests extends CustomerTestSupport {

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsFiltersExportAndRowsAndHtmxGetsOnlyTheRows() throws Exception {
        createCustomer("manager", "湖北钢铁公司");
        String page = html(get("/customers").param("q", "hbgs").with(as("manager")));
        assertThat(page).contains("id=\"filter-q\"", "id=\"filter-province\"", "id=\"filter-nature\"", "id=\"filter-owner\"",
                "id=\"customer-export-csv\"", "id=\"customer-new\"", "湖北钢铁公司", "<html");
        String rows = html(get("/customers").param("q", "hbgs").header("HX-Request", "true").header("HX-Target", "customer-rows")
                .with(as("manager")));
        assertThat(rows).contains("湖北钢铁公司", "id=\"customer-rows\"").doesNotContain("<html");
    }

    @Test
    void formShowsMessagesBesideFields() throws Exception {
        String page = html(post("/customers").with(as("manager")).with(csrf()).param("name", "")
                .param("phone", "abc").param("provinceCode", "420000").param("cityCode", "110105"));
        assertThat(page).contains("id=\"customer-form\"", "is-invalid", "必填", "该城市不属于所选省份", "不是有效的电话号码");
    }

    @Test
    void formWarnsOfDuplicatesAndCreatesAnywayWhenConfirmed() throws Exception {
        createCustomer("manager", "株洲重复检测机车配件厂");
        String page = html(post("/customers").with(as("manager")).with(csrf()).param("name", "株洲重复检测机车配件厂")
                .param("status", "ACTIVE"));
        assertThat(page).contains("id=\"customer-duplicates\"", "id=\"customer-create-anyway\"");
        mvc.perform(post("/customers").with(as("manager")).with(csrf()).param("name", "株洲重复检测机车配件厂")
                .param("status", "ACTIVE").param("confirmDuplicate", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/customers/*"));
    }

    @Test
    void savingAStaleFormAnswers409WithAMessage() throws Exception {
        long id = createCustomer("manager", "常州并发测试纺织厂").get("id").asLong();
        mvc.perform(post("/customers/" + id).with(as("manager")).with(csrf()).param("name", "常州并发测试纺织有限公司")
                .param("version", "0").param("status", "ACTIVE")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/customers/" + id).with(as("manager")).with(csrf()).param("name", "常州并发测试纺织集团")
                .param("version", "0").param("status", "ACTIVE"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"customer-conflict\"")));
    }

    @Test
    void customerPageShowsContactsAndTheTimelineWithAnAttachment() throws Exception {
        long id = createCustomer("manager", "佛山时间线测试陶瓷厂").get("id").asLong();
        mvc.perform(post("/customers/" + id + "/contacts").with(as("manager")).with(csrf()).param("name", "陈静")
                .param("mobile", "13800138000")).andExpect(status().is3xxRedirection());
        MockMultipartFile file = new MockMultipartFile("files", "报价单.txt", "text/plain", "报价".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/customers/" + id + "/interactions").file(file).with(as("manager")).with(csrf())
                .param("occurredAt", "2026-03-01T10:30").param("channelCode", "VISIT").param("summary", "拜访并递交报价单"))
                .andExpect(status().is3xxRedirection());
        String page = html(get("/customers/" + id).with(as("manager")));
        assertThat(page).contains("id=\"customer-timeline\"", "拜访并递交报价单", "报价单.txt", "陈静", "id=\"interaction-form\"");
        Long attachment = jdbc.sql("select a.id from interaction_attachment a join interaction i on i.id = a.interaction_id where i.customer_id = :c")
                .param("c", id).query(Long.class).single();
        mvc.perform(get("/customers/attachments/" + attachment).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().bytes("报价".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/customers/attachments/" + attachment).with(as("manager2"))).andExpect(status().isNotFound());
        String invalid = html(post("/customers/" + id + "/interactions").with(as("manager")).with(csrf()).param("summary", ""));
        assertThat(invalid).contains("is-invalid", "必填");
    }

    @Test
    void timelineNamesWhoChangedWhatInWordsNotCodes() throws Exception {
        long id = createCustomerJson("manager", """
                {"name":"襄阳时间线标签测试轴承厂","natureCode":"PRIVATE","provinceCode":"420000","cityCode":"420100"}""")
                .get("id").asLong();
        mvc.perform(post("/customers/" + id).with(as("manager")).with(csrf()).param("name", "襄阳时间线标签测试轴承厂")
                .param("version", "0").param("natureCode", "STATE_OWNED").param("provinceCode", "110000")
                .param("cityCode", "110105").param("status", "CHURN_WARNING"))
                .andExpect(status().is3xxRedirection());
        String page = html(get("/customers/" + id).with(as("manager")));
        String timeline = page.substring(page.indexOf("id=\"customer-timeline\""));
        assertThat(timeline).contains("· 张伟", "客户性质", "私营", "国企", "湖北省", "北京市", "武汉市", "朝阳区", "正常", "流失预警")
                .doesNotContain("PRIVATE", "STATE_OWNED", "420000", "110105", "CHURN_WARNING", "· manager", "??");
        String english = html(get("/customers/" + id).with(as("manager")).param("lang", "en"));
        assertThat(english.substring(english.indexOf("id=\"customer-timeline\""))).contains("Private", "State-owned", "Beijing", "Chaoyang");
    }

    @Test
    void exportShowsLabelsAndRegionNamesInTheUsersLanguage() throws Exception {
        createCustomerJson("manager", """
                {"name":"十堰导出标签测试车桥厂","natureCode":"PRIVATE","groupCode":"CURRENT","gradeCode":"KEY",
                 "industryCode":"AUTOMOTIVE","sourceCode":"TRADE_FAIR","status":"LOST","provinceCode":"420000","cityCode":"420100"}""");
        String chinese = html(get("/customers/export").param("format", "csv").param("q", "十堰导出标签测试车桥厂")
                .with(as("manager")));
        assertThat(chinese).contains("私营", "现有客户", "重点客户", "汽车及零部件", "展会", "已流失", "湖北省", "武汉市", "张伟")
                .doesNotContain("PRIVATE", "AUTOMOTIVE", "TRADE_FAIR", "LOST", "420000", "420100");
        String english = html(get("/customers/export").param("format", "csv").param("q", "十堰导出标签测试车桥厂")
                .param("lang", "en").with(as("manager")));
        assertThat(english).contains("Nature", "Private", "Current", "Key", "Automotive", "Trade fair", "Lost", "Hubei", "Wuhan")
                .doesNotContain("私营", "湖北省");
    }

    @Test
    void printViewShowsTheCustomerFile() throws Exception {
        long id = createCustomer("manager", "无锡档案测试机械厂").get("id").asLong();
        assertThat(html(get("/customers/" + id + "/print").with(as("manager")))).contains("客户档案", "无锡档案测试机械厂", "@media print");
    }

    @Test
    void transferFromTheListIsRecordedAndShownOnTheTimeline() throws Exception {
        long id = createCustomer("manager", "温州移交测试鞋业公司").get("id").asLong();
        mvc.perform(post("/customers/transfer").with(as("admin")).with(csrf()).param("ids", String.valueOf(id))
                .param("ownerId", String.valueOf(userId("manager2"))).param("reason", "区域调整"))
                .andExpect(status().is3xxRedirection());
        String page = html(get("/customers/" + id).with(as("executive")));
        assertThat(page).contains("区域调整", "timeline-ownership");
        mvc.perform(post("/customers/transfer").with(as("manager")).with(csrf()).param("ids", String.valueOf(id))
                .param("ownerId", String.valueOf(userId("manager")))).andExpect(status().isForbidden());
    }

    @Test
    void savedFiltersBelongToTheirUser() throws Exception {
        mvc.perform(post("/customers/filters").with(as("manager")).with(csrf()).param("filterName", "湖北重点客户")
                .param("query", "province=420000&grade=KEY")).andExpect(status().is3xxRedirection());
        String mine = html(get("/customers").with(as("manager")));
        assertThat(mine).contains("湖北重点客户", "province=420000&amp;grade=KEY");
        assertThat(html(get("/customers").with(as("manager2")))).doesNotContain("湖北重点客户");
        Long filterId = jdbc.sql("select id from saved_filter where name = '湖北重点客户'").query(Long.class).single();
        mvc.perform(post("/customers/filters/" + filterId + "/delete").with(as("manager2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/customers/filters/" + filterId + "/delete").with(as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/customers").with(as("manager")))).doesNotContain("湖北重点客户");
    }

    @Test
    void createEditAndContactFormsOfferEveryField() throws Exception {
        assertThat(html(get("/customers/new").with(as("manager")))).contains("id=\"customer-name\"", "id=\"customer-phone\"",
                "id=\"customer-provinceCode\"", "id=\"customer-cityCode\"", "id=\"customer-natureCode\"",
                "id=\"customer-groupCode\"", "id=\"customer-gradeCode\"", "id=\"customer-ownerId\"", "id=\"customer-save\"");
        long id = createCustomerJson("manager", "{\"name\":\"泉州表单测试石材厂\",\"provinceCode\":\"420000\",\"cityCode\":\"420100\"}")
                .get("id").asLong();
        String edit = html(get("/customers/" + id + "/edit").with(as("manager")));
        assertThat(edit).contains("id=\"customer-code\"", "泉州表单测试石材厂", "value=\"420100\" selected", "id=\"customer-version\"");
        assertThat(html(get("/customers/" + id + "/contacts/new").with(as("manager"))))
                .contains("id=\"contact-form\"", "id=\"contact-name\"", "id=\"contact-email\"", "id=\"contact-save\"");
        mvc.perform(post("/customers/" + id + "/contacts").with(as("manager")).with(csrf()).param("name", "")
                .param("email", "x")).andExpect(content().string(org.hamcrest.Matchers.containsString("不是有效的电子邮件地址")));
        mvc.perform(post("/customers/" + id + "/contacts").with(as("manager")).with(csrf()).param("name", "林峰"))
                .andExpect(status().is3xxRedirection());
        Long contactId = jdbc.sql("select id from contact where customer_id = :c").param("c", id).query(Long.class).single();
        assertThat(html(get("/contacts/" + contactId + "/edit").with(as("manager")))).contains("林峰", "id=\"contact-primary\"");
        mvc.perform(post("/customers/" + id + "/delete").with(as("manager")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + id + "/delete").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/customers/" + id).with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void citiesOfAProvinceLoadForTheRegionSelect() throws Exception {
        assertThat(html(get("/customers/cities").param("provinceCode", "420000").with(as("manager")))).contains("420100");
    }
}
