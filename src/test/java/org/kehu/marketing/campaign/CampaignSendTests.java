package org.kehu.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sending a campaign freezes its segment's contacts and passes them through the marketing gate: of one customer's
 * four contacts, one is reached, one is held back for want of consent, one because it opted out and one because it
 * had its monthly cap of marketing touches already; the report says so, and the campaign cannot be sent twice.
 * The customer belongs to an owner made for the test, so that the segment "customers of this owner" holds it
 * alone. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CampaignSendTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private long segment;
    private long capped;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @BeforeEach
    void customerWithFourContacts() {
        long owner = jdbc.sql("insert into app_user(username, password_hash, name) values ('t-camp-owner', 'x', '活动测试经理') returning id")
                .query(Long.class).single();
        long customer = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id) values ('TCAMP-1', '活动测试客户', 'HDCSKH', :owner) returning id""")
                .param("owner", owner).query(Long.class).single();
        contact(customer, "甲", "jia@example.cn", true, false);
        contact(customer, "乙", "yi@example.cn", false, false);
        contact(customer, "丙", "bing@example.cn", true, true);
        capped = contact(customer, "丁", "ding@example.cn", true, false);
        int cap = jdbc.sql("select monthly_cap from marketing_reach_setting where id = 1").query(Integer.class).single();
        for (int i = 0; i < cap; i++) {
            jdbc.sql("""
                    insert into marketing_touch(source_kind, source_id, contact_id, customer_id, channel, purpose, outcome, decided_at)
                    values ('CAMPAIGN', :source, :contact, :customer, 'EMAIL', 'MARKETING', 'ADMITTED', :at)""")
                    .param("source", 900_000_000L + i).param("contact", capped).param("customer", customer)
                    .param("at", Timestamp.from(Instant.now())).update();
        }
        segment = jdbc.sql("insert into marketing_segment(name, criteria) values ('活动测试客户群', cast(:criteria as jsonb)) returning id")
                .param("criteria", "{\"owners\": [" + owner + "]}").query(Long.class).single();
    }

    private long contact(long customer, String name, String email, boolean consent, boolean optedOut) {
        return jdbc.sql("""
                insert into contact(customer_id, name, email, marketing_consent, opted_out_at) values (:c, :n, :e, :consent, :out)
                returning id""")
                .param("c", customer).param("n", name).param("e", email).param("consent", consent)
                .param("out", optedOut ? Timestamp.from(Instant.now()) : null).query(Long.class).single();
    }

    @Test
    void sendingReachesTheAdmittedContactAndReportsEachOneHeldBackByItsReason() throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"测试发送\", \"channel\": \"EMAIL\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-12-31\","
                                + " \"segmentId\": " + segment + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        mvc.perform(post("/api/v1/campaigns/" + id + "/send").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sent").value(1))
                .andExpect(jsonPath("$.heldNoConsent").value(1))
                .andExpect(jsonPath("$.heldOptedOut").value(1))
                .andExpect(jsonPath("$.heldByCap").value(1));
        assertThat(jdbc.sql("select count(*) from campaign_member where campaign_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select outcome from marketing_touch where source_kind = 'CAMPAIGN' and source_id = :id and contact_id = :c")
                .param("id", id).param("c", capped).query(String.class).single()).isEqualTo("CAP");
        mvc.perform(get("/api/v1/campaigns/" + id).with(as("marketing"))).andExpect(jsonPath("$.status").value("RUNNING"));
        mvc.perform(get("/api/v1/campaigns/" + id + "/report").with(as("marketing"))).andExpect(jsonPath("$.sent").value(1));
        mvc.perform(get("/marketing/campaigns/" + id).with(as("marketing"))).andExpect(status().isOk());

        // Once is enough.
        mvc.perform(post("/api/v1/campaigns/" + id + "/send").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1}")).andExpect(status().isConflict());
    }

    @Test
    void aCampaignWithoutSegmentOrWithAStaleVersionIsNotSent() throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"测试无客户群\", \"channel\": \"PHONE\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-12-31\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        mvc.perform(post("/api/v1/campaigns/" + id + "/send").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0}")).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"测试客户群不存在\", \"channel\": \"PHONE\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-12-31\","
                                + " \"segmentId\": 987654321}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("segmentId"));
    }
}
