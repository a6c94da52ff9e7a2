package org.kehu.marketing.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.kehu.marketing.reach.MarketingLinkClicked;
import org.kehu.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A marketing mailing end to end on the real database: the gate holds back the contact without consent and the
 * opted-out one, the admitted contact's mail is queued with merged fields, a tracked link and the one-click
 * unsubscribe link, which works without login or CSRF token and opts the contact out everywhere. The data is
 * committed (the mails are queued after the commit, on another thread) and deleted afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MarketingMailingsTests {

    @Autowired
    MarketingMailings mailings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEvents events;

    long customerId;
    long willing;
    long unasked;
    long optedOut;
    TouchSource source;

    @BeforeEach
    void aCustomerWithThreeContacts() {
        customerId = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id)
                values ('KHMAIL' || floor(random() * 1e9)::bigint, '邮件测试阀门有限公司', 'yjcsfmyxgs',
                        (select id from app_user where username = 'manager')) returning id""").query(Long.class).single();
        willing = contact("邮件愿意", true, "mail.yuanyi@example.cn", false);
        unasked = contact("邮件未问", false, "mail.weiwen@example.cn", false);
        optedOut = contact("邮件退订", true, "mail.tuiding@example.cn", true);
        source = TouchSource.campaign(970_000 + customerId % 10_000);
    }

    long contact(String name, boolean consent, String email, boolean out) {
        return jdbc.sql("""
                insert into contact(customer_id, name, email, marketing_consent, opted_out_at, opt_out_via)
                values (:c, :n, :e, :consent, case when :out then now() - interval '3 days' end,
                        case when :out then 'UNSUBSCRIBE_LINK' end) returning id""")
                .param("c", customerId).param("n", name).param("e", email).param("consent", consent).param("out", out)
                .query(Long.class).single();
    }

    @AfterEach
    void deleteWhatWasCommitted() {
        jdbc.sql("""
                delete from mail_message where id in (select r.mail_id from marketing_mail_recipient r
                  join marketing_mailing m on m.id = r.mailing_id where m.source_kind = :kind and m.source_id = :id)""")
                .param("kind", source.kind()).param("id", source.id()).update();
        jdbc.sql("delete from marketing_mailing where source_kind = :kind and source_id = :id")
                .param("kind", source.kind()).param("id", source.id()).update();
        jdbc.sql("delete from marketing_touch where source_kind = :kind and source_id = :id")
                .param("kind", source.kind()).param("id", source.id()).update();
        jdbc.sql("delete from marketing_link_click where customer_id = :c").param("c", customerId).update();
        jdbc.sql("delete from marketing_unsubscribe_token where contact_id in (select id from contact where customer_id = :c)")
                .param("c", customerId).update();
        jdbc.sql("delete from contact where customer_id = :c").param("c", customerId).update();
        jdbc.sql("delete from customer where id = :c").param("c", customerId).update();
    }

    MailingProgress startAndWait() throws InterruptedException {
        SqlSet three = new SqlSet("select id as contact_id from contact where customer_id = :mail_customer",
                Map.of("mail_customer", customerId));
        MailingProgress started = new TransactionTemplate(transactions).execute(s -> mailings.start(source,
                new MailTemplate("{{contact_name}}，新品发布", "尊敬的{{contact_name}}：\n{{company}}您好，详见 https://kehu.example.cn/new?a=1&b=2 。\n{{owner_name}}"),
                three));
        assertThat(started.gate().admitted()).isEqualTo(1);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        MailingProgress p = started;
        while (p.status() == MailingStatus.QUEUEING && System.nanoTime() < until) {
            Thread.sleep(100);
            p = mailings.progress(source).orElseThrow();
        }
        return p;
    }

    record Sent(String recipient, String subject, String text, String html, String listUnsubscribe) {
    }

    @Test
    void queuesTheAdmittedContactsMailWithMergedFieldsATrackedLinkAndTheUnsubscribeLink() throws Exception {
        MailingProgress done = startAndWait();

        assertThat(done.status()).isEqualTo(MailingStatus.DONE);
        assertThat(done.queued()).isEqualTo(1);
        assertThat(done.gate().heldNoConsent()).isEqualTo(1);
        assertThat(done.gate().heldOptedOut()).isEqualTo(1);
        Sent mail = jdbc.sql("""
                select m.recipient, m.subject, m.text_body as text, m.html_body as html, m.list_unsubscribe from mail_message m
                  join marketing_mail_recipient r on r.mail_id = m.id where r.contact_id = :c""")
                .param("c", willing).query(Sent.class).single();
        assertThat(mail.recipient()).isEqualTo("mail.yuanyi@example.cn");
        assertThat(mail.subject()).isEqualTo("邮件愿意，新品发布");
        assertThat(mail.text()).contains("尊敬的邮件愿意：", "邮件测试阀门有限公司您好", "/track/").doesNotContain("kehu.example.cn/new")
                .contains(mail.listUnsubscribe());
        assertThat(mail.html()).contains("href=\"" + mail.listUnsubscribe() + "\"").contains("https://kehu.example.cn/new?a=1&amp;b=2</a>");
        assertThat(mail.listUnsubscribe()).matches("http://localhost(:\\d+)?/unsubscribe/[0-9a-f]{64}");
    }

    @Test
    void theUnsubscribeLinkAsksWithoutLoginAndOptsOutOnPostWithoutACsrfToken() throws Exception {
        startAndWait();
        String link = jdbc.sql("select list_unsubscribe from mail_message m join marketing_mail_recipient r on r.mail_id = m.id"
                + " where r.contact_id = :c").param("c", willing).query(String.class).single();
        String path = link.substring(link.indexOf("/unsubscribe/"));

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("unsubscribe-confirm")));
        assertThat(optedOutVia(willing)).as("opening the link only asks").isNull();
        mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("unsubscribe-done")));
        assertThat(optedOutVia(willing)).isEqualTo("UNSUBSCRIBE_LINK");
        assertThat(jdbc.sql("select action || ' ' || via || ' ' || coalesce(cast(changed_by as text), 'contact') from contact_consent_change where contact_id = :c")
                .param("c", willing).query(String.class).list()).containsExactly("OPTED_OUT UNSUBSCRIBE_LINK contact");
        mvc.perform(post(path)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from contact_consent_change where contact_id = :c").param("c", willing)
                .query(Long.class).single()).as("a second use changes nothing").isEqualTo(1);

        mvc.perform(get("/unsubscribe/" + "0".repeat(64))).andExpect(status().isNotFound());
        mvc.perform(post("/unsubscribe/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void aTrackedLinkRecordsTheFirstClickPublishesItAndLeadsToTheWrittenAddress() throws Exception {
        startAndWait();
        String token = jdbc.sql("select token from marketing_mail_recipient where contact_id = :c").param("c", willing)
                .query(String.class).single();

        mvc.perform(get("/track/" + token + "/1")).andExpect(status().isFound())
                .andExpect(header().string("Location", "https://kehu.example.cn/new?a=1&b=2"));
        mvc.perform(get("/track/" + token + "/1")).andExpect(status().isFound());
        mvc.perform(get("/track/" + token + "/9")).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select count(*) from marketing_link_click where contact_id = :c").param("c", willing)
                .query(Long.class).single()).isEqualTo(1);
        List<MarketingLinkClicked> clicks = events.stream(MarketingLinkClicked.class).toList();
        assertThat(clicks).hasSize(1);
        assertThat(clicks.get(0).source()).isEqualTo(source);
        assertThat(clicks.get(0).contactId()).isEqualTo(willing);
        assertThat(clicks.get(0).customerId()).isEqualTo(customerId);
    }

    @Test
    void aSourceIsMailedOnceAndAnUnknownMergeFieldIsRefusedNamingTheField() throws Exception {
        startAndWait();
        SqlSet none = new SqlSet("select cast(null as bigint) as contact_id", Map.of());
        assertThatThrownBy(() -> new TransactionTemplate(transactions).execute(s -> mailings.start(source,
                new MailTemplate("再来一次", "正文"), none)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("source"));

        mvc.perform(post("/api/v1/marketing/mail-preview").with(user(accounts.loadUserByUsername("marketing"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\"您好\",\"body\":\"{{phone}} 您好\",\"contactId\":" + willing + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.containsString("body")));
        mvc.perform(post("/api/v1/marketing/mail-preview").with(user(accounts.loadUserByUsername("marketing"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\"{{company}}新品\",\"body\":\"{{contact_name}} 您好\",\"contactId\":" + willing + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("邮件测试阀门有限公司新品"))
                .andExpect(jsonPath("$.textBody").value(Matchers.startsWith("邮件愿意 您好")));
    }

    @Test
    void whatTheGateHeldBackIsListedForMarketingStaffAndRefusedToOthers() throws Exception {
        startAndWait();
        mvc.perform(get("/api/v1/marketing/touches/campaign/" + source.id() + "/held-back")
                .with(user(accounts.loadUserByUsername("marketing"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].contactId").value(unasked))
                .andExpect(jsonPath("$.items[0].reason").value("NO_CONSENT"))
                .andExpect(jsonPath("$.items[1].reason").value("OPTED_OUT"));
        mvc.perform(get("/api/v1/marketing/touches/campaign/" + source.id() + "/held-back")
                .with(user(accounts.loadUserByUsername("manager2")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/marketing/touches/campaign1/" + source.id() + "/held-back")
                .with(user(accounts.loadUserByUsername("marketing")))).andExpect(status().isBadRequest());
        String page = mvc.perform(get("/marketing/touches/CAMPAIGN/" + source.id() + "/held-back")
                .with(user(accounts.loadUserByUsername("marketing")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("邮件未问", "未同意营销", "邮件退订", "已退订");
    }

    String optedOutVia(long contactId) {
        return jdbc.sql("select opt_out_via from contact where id = :id").param("id", contactId).query(String.class).list().get(0);
    }
}
