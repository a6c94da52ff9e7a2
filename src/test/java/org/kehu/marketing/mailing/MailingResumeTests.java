package org.kehu.marketing.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.mail.Mailer;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mailing that a node left unfinished when it stopped (issue 11: "mailing unfinished on node stop is not resumed"):
 * the next start or the other node resumes it, queuing the mails still missing and none a second time; a mailing
 * whose runner is still moving is left to it; and a runner that stops leaves its mailing to be resumed instead of
 * marking it failed. The state a stopped node leaves is made by queuing a mailing of three and taking two of its
 * mails back out of the outbox, as if the node had stopped after its first batch. Committed data is deleted afterwards.
 */
@SpringBootTest
class MailingResumeTests {

    @Autowired
    MarketingMailings mailings;
    @Autowired
    MailingRunner runner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    NamedParameterJdbcTemplate namedJdbc;
    @Autowired
    Mailer mailer;
    @Autowired
    MessageSource messages;

    long customerId;
    List<Long> contacts;
    TouchSource source;
    long mailingId;
    long firstMail;

    @BeforeEach
    void aMailingOfThreeCutOffAfterItsFirstMail() throws InterruptedException {
        customerId = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id)
                values ('KHRESUME' || floor(random() * 1e9)::bigint, '续发测试泵业有限公司', 'xfcsbyyxgs',
                        (select id from app_user where username = 'manager')) returning id""").query(Long.class).single();
        contacts = List.of(contact("续发甲", "resume.jia@example.cn"), contact("续发乙", "resume.yi@example.cn"),
                contact("续发丙", "resume.bing@example.cn"));
        source = TouchSource.campaign(960_000 + customerId % 10_000);
        SqlSet three = new SqlSet("select id as contact_id from contact where customer_id = :resume_customer",
                Map.of("resume_customer", customerId));
        MailingProgress started = new TransactionTemplate(transactions).execute(s -> mailings.start(source,
                new MailTemplate("{{contact_name}}，春季新品", "尊敬的{{contact_name}}：\n春季新品已上市。"), three));
        assertThat(started.gate().admitted()).isEqualTo(3);
        assertThat(waitWhileQueueing().status()).isEqualTo(MailingStatus.DONE);
        mailingId = jdbc.sql("select id from marketing_mailing where source_kind = :kind and source_id = :id")
                .param("kind", source.kind()).param("id", source.id()).query(Long.class).single();
        firstMail = mailOf(contacts.get(0));
        List<Long> cutOff = List.of(mailOf(contacts.get(1)), mailOf(contacts.get(2)));
        jdbc.sql("update marketing_mail_recipient set mail_id = null where mail_id in (:mails)").param("mails", cutOff).update();
        jdbc.sql("delete from mail_message where id in (:mails)").param("mails", cutOff).update();
        jdbc.sql("""
                update marketing_mailing set status = 'QUEUEING', queued = 1, finished_at = null, updated_at = :at
                 where id = :id""").param("id", mailingId)
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofMinutes(10)))).update();
    }

    long contact(String name, String email) {
        return jdbc.sql("""
                insert into contact(customer_id, name, email, marketing_consent) values (:c, :n, :e, true) returning id""")
                .param("c", customerId).param("n", name).param("e", email).query(Long.class).single();
    }

    Long mailOf(long contactId) {
        return jdbc.sql("select mail_id from marketing_mail_recipient where contact_id = :c").param("c", contactId)
                .query(Long.class).optional().orElse(null);
    }

    MailingProgress waitWhileQueueing() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        MailingProgress p = mailings.progress(source).orElseThrow();
        while (p.status() == MailingStatus.QUEUEING && System.nanoTime() < until) {
            Thread.sleep(100);
            p = mailings.progress(source).orElseThrow();
        }
        return p;
    }

    long mailsTo(String address) {
        return jdbc.sql("select count(*) from mail_message where recipient = :to").param("to", address).query(Long.class).single();
    }

    @AfterEach
    void deleteWhatWasCommitted() {
        jdbc.sql("""
                delete from mail_message where id in (select r.mail_id from marketing_mail_recipient r
                  join marketing_mailing m on m.id = r.mailing_id where m.source_kind = :kind and m.source_id = :id)""")
                .param("kind", source.kind()).param("id", source.id()).update();
        jdbc.sql("delete from mail_message where recipient like 'resume.%@example.cn'").update();
        jdbc.sql("delete from marketing_mailing where source_kind = :kind and source_id = :id")
                .param("kind", source.kind()).param("id", source.id()).update();
        jdbc.sql("delete from marketing_touch where source_kind = :kind and source_id = :id")
                .param("kind", source.kind()).param("id", source.id()).update();
        jdbc.sql("delete from marketing_unsubscribe_token where contact_id in (select id from contact where customer_id = :c)")
                .param("c", customerId).update();
        jdbc.sql("delete from contact where customer_id = :c").param("c", customerId).update();
        jdbc.sql("delete from customer where id = :c").param("c", customerId).update();
    }

    @Test
    void aMailingLeftUnfinishedByAStoppedNodeIsResumedAndNobodyIsMailedTwice() throws InterruptedException {
        assertThat(runner.resumeStale()).isGreaterThanOrEqualTo(1);

        MailingProgress done = waitWhileQueueing();
        assertThat(done.status()).isEqualTo(MailingStatus.DONE);
        assertThat(done.queued()).isEqualTo(3);
        assertThat(mailOf(contacts.get(0))).as("the mail queued before the stop stands").isEqualTo(firstMail);
        assertThat(mailOf(contacts.get(1))).isNotNull();
        assertThat(mailOf(contacts.get(2))).isNotNull();
        assertThat(List.of(mailsTo("resume.jia@example.cn"), mailsTo("resume.yi@example.cn"), mailsTo("resume.bing@example.cn")))
                .as("one mail to each contact").containsExactly(1L, 1L, 1L);
    }

    @Test
    void aMailingStillMovingIsLeftToItsRunner() throws InterruptedException {
        jdbc.sql("update marketing_mailing set updated_at = :at where id = :id").param("id", mailingId)
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofSeconds(20)))).update();

        runner.resumeStale();
        Thread.sleep(500);

        assertThat(mailings.progress(source).orElseThrow().status()).isEqualTo(MailingStatus.QUEUEING);
        assertThat(mailOf(contacts.get(1))).isNull();
        assertThat(mailsTo("resume.yi@example.cn")).isZero();
    }

    @Test
    void aRunnerThatStopsLeavesItsMailingToBeResumedInsteadOfFailingIt() throws InterruptedException {
        MailingRunner stopping = new MailingRunner(namedJdbc, mailer, messages, transactions, clock);
        stopping.stop();

        stopping.run(mailingId);
        stopping.launch(mailingId);

        MailingProgress p = mailings.progress(source).orElseThrow();
        assertThat(p.status()).isEqualTo(MailingStatus.QUEUEING);
        assertThat(p.queued()).isEqualTo(1);
        assertThat(mailOf(contacts.get(1))).isNull();
        assertThat(runner.resumeStale()).as("and the next round resumes it").isGreaterThanOrEqualTo(1);
        assertThat(waitWhileQueueing().queued()).isEqualTo(3);
    }
}
