package org.kehu.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sending a campaign freezes its segment's contacts and passes them through the marketing gate: of one customer's
 * four contacts, one is reached, one is held back for want of consent, one because it opted out and one because it
 * had its monthly cap of marketing touches already; the report says so, and the campaign cannot be sent twice.
 * The customer belongs to an owner made for the test, so that the segment "customers of this owner" holds it
 * alone. Rolled back after each test, except the one that follows the mails out of the outbox (they are queued after
 * the commit, on another thread): its data is committed and deleted afterwards.
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
    private static final String MAIL = "\"mailSubject\": \"{{contact_name}}，新品发布\","
            + " \"mailBody\": \"尊敬的{{contact_name}}：{{company}}您好，详见 https://kehu.example.cn/new 。\"";

    private long segment;
    private long capped;
    private long customer;
    private long willing;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @BeforeEach
    void customerWithFourContacts() {
        long owner = jdbc.sql("insert into app_user(username, password_hash, name) values ('t-camp-owner', 'x', '活动测试经理') returning id")
                .query(Long.class).single();
        customer = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id) values ('TCAMP-1', '活动测试客户', 'HDCSKH', :owner) returning id""")
                .param("owner", owner).query(Long.class).single();
        willing = contact(customer, "甲", "jia@example.cn", true, false);
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

    /** What the committing test left: nothing when the test was rolled back. */
    @AfterEach
    void deleteWhatWasCommitted() {
        jdbc.sql("""
                delete from mail_message where id in (select r.mail_id from marketing_mail_recipient r
                  join marketing_mailing m on m.id = r.mailing_id
                  join campaign c on m.source_kind = 'CAMPAIGN' and m.source_id = c.id where c.segment_id = :s)""")
                .param("s", segment).update();
        jdbc.sql("""
                delete from marketing_mailing m using campaign c where m.source_kind = 'CAMPAIGN' and m.source_id = c.id
                   and c.segment_id = :s""").param("s", segment).update();
        jdbc.sql("delete from marketing_touch where customer_id = :c").param("c", customer).update();
        jdbc.sql("delete from marketing_link_click where customer_id = :c").param("c", customer).update();
        jdbc.sql("delete from marketing_unsubscribe_token where contact_id in (select id from contact where customer_id = :c)")
                .param("c", customer).update();
        jdbc.sql("delete from campaign where segment_id = :s").param("s", segment).update();
        jdbc.sql("delete from marketing_segment where id = :s").param("s", segment).update();
        jdbc.sql("delete from contact where customer_id = :c").param("c", customer).update();
        jdbc.sql("delete from customer where id = :c").param("c", customer).update();
        jdbc.sql("delete from app_user where username = 't-camp-owner'").update();
    }

    private long emailCampaign(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"channel\": \"EMAIL\", \"startsOn\": \"2026-10-01\","
                                + " \"endsOn\": \"2026-12-31\", \"segmentId\": " + segment + ", " + MAIL + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void sendingReachesTheAdmittedContactAndReportsEachOneHeldBackByItsReason() throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"测试发送\", \"channel\": \"EMAIL\", \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-12-31\","
                                + " \"segmentId\": " + segment + ", " + MAIL + "}"))
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

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anEmailCampaignMailsTheAdmittedContactOnlyWithItsUnsubscribeLinkAndAClickIsOneResponse() throws Exception {
        long id = emailCampaign("测试邮件活动");
        mvc.perform(post("/api/v1/campaigns/" + id + "/send").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sent").value(1)).andExpect(jsonPath("$.heldByCap").value(1));

        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"DONE".equals(mailingStatus(id)) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(mailingStatus(id)).isEqualTo("DONE");
        record Queued(String recipient, String subject, String textBody, String listUnsubscribe) {
        }
        java.util.List<Queued> mails = jdbc.sql("""
                select m.recipient, m.subject, m.text_body, m.list_unsubscribe from mail_message m
                  join marketing_mail_recipient r on r.mail_id = m.id join marketing_mailing g on g.id = r.mailing_id
                 where g.source_kind = 'CAMPAIGN' and g.source_id = :id""").param("id", id).query(Queued.class).list();
        assertThat(mails).as("only the admitted contact is mailed").hasSize(1);
        assertThat(mails.get(0).recipient()).isEqualTo("jia@example.cn");
        assertThat(mails.get(0).subject()).isEqualTo("甲，新品发布");
        assertThat(mails.get(0).listUnsubscribe()).matches("http://localhost(:\\d+)?/unsubscribe/[0-9a-f]{64}");
        assertThat(mails.get(0).textBody()).contains("活动测试客户您好", "/track/", mails.get(0).listUnsubscribe());
        // The mailing passed the frozen members through the gate again: its first decisions stand, the counts too.
        mvc.perform(get("/api/v1/campaigns/" + id + "/report").with(as("marketing")))
                .andExpect(jsonPath("$.sent").value(1)).andExpect(jsonPath("$.heldNoConsent").value(1))
                .andExpect(jsonPath("$.heldOptedOut").value(1)).andExpect(jsonPath("$.heldByCap").value(1))
                .andExpect(jsonPath("$.responses").value(0));
        assertThat(jdbc.sql("select count(*) from marketing_touch where source_kind = 'CAMPAIGN' and source_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(4);

        String token = jdbc.sql("select token from marketing_mail_recipient where contact_id = :c").param("c", willing)
                .query(String.class).single();
        mvc.perform(get("/track/" + token + "/1")).andExpect(status().isFound());
        mvc.perform(get("/track/" + token + "/1")).andExpect(status().isFound());
        mvc.perform(get("/api/v1/campaigns/" + id + "/report").with(as("marketing")))
                .andExpect(jsonPath("$.responses").value(1)).andExpect(jsonPath("$.respondingCustomers").value(1));
        assertThat(jdbc.sql("select via from campaign_response where campaign_id = :id").param("id", id).query(String.class).list())
                .containsExactly("LINK");
    }

    @Test
    void anEmailCampaignWithoutItsMailIsNotSentAndAnUnknownMergeFieldIsRefusedBesideTheField() throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"测试无邮件\", \"channel\": \"EMAIL\", \"startsOn\": \"2026-10-01\","
                                + " \"endsOn\": \"2026-12-31\", \"segmentId\": " + segment + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        mvc.perform(post("/api/v1/campaigns/" + id + "/send").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.anyOf(Matchers.containsString("须填写邮件"),
                        Matchers.containsString("needs its mail"))));
        assertThat(jdbc.sql("select count(*) from campaign_member where campaign_id = :id").param("id", id).query(Long.class).single())
                .as("nothing frozen, nothing decided").isZero();

        mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"测试坏字段\", \"channel\": \"EMAIL\", \"startsOn\": \"2026-10-01\","
                                + " \"endsOn\": \"2026-12-31\", \"mailSubject\": \"您好\", \"mailBody\": \"{{phone}} 您好\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mailBody"));
        mvc.perform(post("/api/v1/campaigns").with(as("marketing")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"测试长主题\", \"channel\": \"EMAIL\", \"startsOn\": \"2026-10-01\","
                                + " \"endsOn\": \"2026-12-31\", \"mailSubject\": \"" + "长".repeat(201) + "\", \"mailBody\": \"正文\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mailSubject"));
    }

    @Test
    void theCampaignPageShowsTheMailPreviewForAContactOfTheSegment() throws Exception {
        long id = emailCampaign("测试预览");
        mvc.perform(get("/marketing/campaigns/" + id).with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("campaign-mail-preview")));
        mvc.perform(post("/marketing/campaigns/" + id + "/mail/preview").with(as("marketing")).with(csrf())
                        .param("contactId", String.valueOf(willing)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("甲，新品发布")))
                .andExpect(content().string(Matchers.containsString("活动测试客户您好")));
        mvc.perform(post("/marketing/campaigns/" + id + "/mail/preview").with(as("marketing")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("campaign-mail-errors")));
    }

    private String mailingStatus(long campaignId) {
        return jdbc.sql("select status from marketing_mailing where source_kind = 'CAMPAIGN' and source_id = :id")
                .param("id", campaignId).query(String.class).optional().orElse(null);
    }
}
