package org.kehu.marketing.mailing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kehu.BrowserTestSupport;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A marketing mailing to a customer's contacts goes out through SMTP (GreenMail): the contact without consent is
 * held back and listed with the reason; the contact who received the mail opens its unsubscribe link in the
 * browser, without login, confirms, and the account manager then sees the contact opted out with the date.
 */
class UnsubscribeBrowserIT extends BrowserTestSupport {

    static final int SMTP_PORT = freePort();
    static final Pattern UNSUBSCRIBE = Pattern.compile("https?://[^\\s\"<>]+/unsubscribe/[0-9a-f]{64}");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static boolean to(MimeMessage m, String email) {
        try {
            return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(email);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketingMailings mailings;
    @Autowired
    PlatformTransactionManager transactions;

    long customerId;
    long willing;
    long unasked;
    TouchSource source;

    @BeforeEach
    void aCustomerOfManagerWithTwoContacts() {
        customerId = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id)
                values ('KHU' || floor(random() * 1e9)::bigint, '退订浏览器测试泵业有限公司', 'tdllqcsbyyxgs',
                        (select id from app_user where username = 'manager')) returning id""").query(Long.class).single();
        willing = contact("退订测试甲", true, "tuiding.jia@example.cn");
        unasked = contact("退订测试乙", false, "tuiding.yi@example.cn");
        source = TouchSource.campaign(980_000 + customerId % 10_000);
    }

    long contact(String name, boolean consent, String email) {
        return jdbc.sql("insert into contact(customer_id, name, email, marketing_consent) values (:c, :n, :e, :consent) returning id")
                .param("c", customerId).param("n", name).param("e", email).param("consent", consent).query(Long.class).single();
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
        jdbc.sql("delete from marketing_unsubscribe_token where contact_id in (select id from contact where customer_id = :c)")
                .param("c", customerId).update();
        jdbc.sql("delete from contact where customer_id = :c").param("c", customerId).update();
        jdbc.sql("delete from customer where id = :c").param("c", customerId).update();
    }

    @Test
    void theContactUnsubscribesThroughTheMailedLinkAndTheContactShowsOptedOutWithTheDate() throws Exception {
        new TransactionTemplate(transactions).execute(s -> mailings.start(source,
                new MailTemplate("{{company}}：春季新品", "尊敬的{{contact_name}}：\n春季新品已上市，详见 https://kehu.example.cn/spring 。\n{{owner_name}}"),
                new SqlSet("select id as contact_id from contact where customer_id = :c", Map.of("c", customerId))));

        assertThat(greenMail.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> to(m, "tuiding.jia@example.cn"))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("退订浏览器测试泵业有限公司：春季新品");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(Arrays.stream(greenMail.getReceivedMessages())
                .noneMatch(m -> to(m, "tuiding.yi@example.cn")))
                .as("no mail to the contact without consent").isTrue();
        Matcher link = UNSUBSCRIBE.matcher(plainText(mail));
        assertThat(link.find()).isTrue();

        login("marketing");
        page.navigate(url("/marketing/reach?kind=CAMPAIGN&id=" + source.id()));
        assertThat(page.locator("#held-back-" + unasked)).containsText("未同意营销");
        assertThat(page.locator("#held-back-admitted")).hasText("1");
        screenshot("marketing-reach-held-back");

        context.clearCookies();
        page.navigate(link.group());
        assertThat(page.locator("#unsubscribe-confirm")).isVisible();
        screenshot("unsubscribe-confirm");
        page.click("#unsubscribe-confirm");
        assertThat(page.locator("#unsubscribe-done")).isVisible();
        screenshot("unsubscribe-done");

        login("manager");
        page.navigate(url("/customers/" + customerId));
        assertThat(page.locator("#contact-opted-out-" + willing)).containsText("已退订");
        assertThat(page.locator("#contact-opted-out-" + willing)).containsText("退订链接");
        page.click("#contact-consent-" + willing);
        assertThat(page.locator("#consent-history-" + willing)).containsText("联系人本人");
        screenshot("contact-opted-out");
    }
}
