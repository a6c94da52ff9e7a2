package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Merging two customers keeps every related record; out-of-scope customers do not exist for the caller. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerMergeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long target;
    long source;

    @BeforeEach
    void twoCustomersOfManager() {
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        target = customer("MT-TARGET", "合并测试目标有限公司", null, null, manager);
        source = customer("MT-SOURCE", "合并测试来源有限公司", "027-12345678", "91420100MERGE0001", manager);
        for (long c : new long[] {target, source}) {
            long contact = jdbc.sql("insert into contact(customer_id, name, is_primary) values (:c, :n, true) returning id")
                    .param("c", c).param("n", c == target ? "目标联系人" : "来源联系人").query(Long.class).single();
            jdbc.sql("update customer set main_contact_id = :contact where id = :c").param("contact", contact).param("c", c).update();
            jdbc.sql("insert into contact(customer_id, name) values (:c, '第二联系人')").param("c", c).update();
            jdbc.sql("""
                    insert into interaction(customer_id, occurred_at, channel_code, contact_id, summary, recorded_by)
                    values (:c, now(), 'PHONE', :contact, '电话沟通', :u)""").param("c", c).param("contact", contact)
                    .param("u", manager).update();
            jdbc.sql("insert into customer_ownership(customer_id, owner_id, reason) values (:c, :u, '新建客户')")
                    .param("c", c).param("u", manager).update();
        }
    }

    private long customer(String code, String name, String phone, String tax, long owner) {
        return jdbc.sql("""
                insert into customer(code, name, name_initials, phone, tax_number, owner_id, nature_code)
                values (:code, :name, 'x', :phone, :tax, :owner, 'PRIVATE') returning id""")
                .param("code", code).param("name", name).param("phone", phone).param("tax", tax).param("owner", owner)
                .query(Long.class).single();
    }

    @Test
    @WithUserDetails("manager")
    void mergeKeepsEveryContactInteractionAndHistoryEntryAndDeletesTheSource() throws Exception {
        mvc.perform(post("/api/v1/customers/{id}/merge", target).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceId\": %d, \"version\": 0}".formatted(source)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(target))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(count("select count(*) from customer where id = :id", source)).isZero();
        assertThat(count("select count(*) from contact where customer_id = :id", target)).isEqualTo(4);
        assertThat(count("select count(*) from contact where customer_id = :id and is_primary", target)).isEqualTo(1);
        assertThat(count("select count(*) from interaction where customer_id = :id", target)).isEqualTo(2);
        assertThat(count("select count(*) from interaction where customer_id = :id and contact_id is not null", target)).isEqualTo(2);
        assertThat(count("select count(*) from customer_ownership where customer_id = :id", target)).isEqualTo(2);
        assertThat(jdbc.sql("select phone || ' ' || tax_number from customer where id = :id").param("id", target)
                .query(String.class).single()).isEqualTo("027-12345678 91420100MERGE0001");
        String audit = jdbc.sql("select old_value::text from audit_log where action = 'MERGE' and entity_id = :id")
                .param("id", target).query(String.class).single();
        assertThat(audit).contains("合并测试目标有限公司", "合并测试来源有限公司");
    }

    @Test
    @WithUserDetails("manager2")
    void customersOutsideTheScopeAreNotFound() throws Exception {
        mvc.perform(post("/api/v1/customers/{id}/merge", target).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceId\": %d, \"version\": 0}".formatted(source)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/customers/merge").param("source", String.valueOf(source)).param("target", String.valueOf(target)))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from customer where id = :id", source)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        mvc.perform(post("/api/v1/customers/{id}/merge", target).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourceId\": %d, \"version\": 7}".formatted(source)))
                .andExpect(status().isConflict());
        assertThat(count("select count(*) from contact where customer_id = :id", source)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("manager")
    void mergePageShowsBothAndTheConfirmButtonMerges() throws Exception {
        mvc.perform(get("/customers/merge").param("source", String.valueOf(source)).param("target", String.valueOf(target)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("合并测试来源有限公司")))
                .andExpect(content().string(containsString("id=\"merge-confirm\"")));
        var merged = mvc.perform(post("/customers/merge").with(csrf()).param("source", String.valueOf(source))
                        .param("target", String.valueOf(target)).param("version", "0"))
                .andExpect(redirectedUrl("/customers/" + target)).andReturn();
        assertThat(count("select count(*) from customer where id = :id", source)).isZero();
        String page = mvc.perform(get("/customers/" + target).cookie(merged.getResponse().getCookie("SESSION"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("客户已合并。");
        String timeline = page.substring(page.indexOf("id=\"customer-timeline\""));
        assertThat(timeline).contains("电话", "027-12345678", "税号", "91420100MERGE0001")
                .doesNotContain("??", "phone_", "_code", "PRIVATE");
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
