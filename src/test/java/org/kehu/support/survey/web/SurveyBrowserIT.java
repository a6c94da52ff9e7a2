package org.kehu.support.survey.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service manager writes a survey with a scale, a choice and a text question and sends it to a
 * customer's contact; the mail goes through SMTP (GreenMail); the contact opens the personal link without
 * login, answers once, and the results show the answer.
 */
class SurveyBrowserIT extends BrowserTestSupport {

    static final int SMTP_PORT = freePort();
    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/s/[A-Za-z0-9_-]{43}");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    record Recipient(long customerId, String customerName, String contactName, String email) {
    }

    @Test
    void serviceManagerSendsASurveyThatTheContactAnswersOnceThroughTheMailedLink() throws Exception {
        Recipient r = jdbc.sql("""
                select c.id as customer_id, c.name as customer_name, max(ct.name) as contact_name, max(ct.email) as email
                  from customer c join contact ct on ct.customer_id = c.id
                 group by c.id, c.name having count(*) = 1 and count(ct.email) = 1
                 order by c.id desc limit 1""").query(Recipient.class).single();

        login("servicelead");
        page.click("#menu-surveys");
        page.click("#survey-new");
        page.fill("#survey-title", "维修服务满意度调查");
        page.fill("#survey-intro", "感谢您选择我们的维修服务，请花一分钟评价。");
        page.fill("#question-0-text", "您对本次维修服务总体满意吗？");
        page.click("#survey-add-choice");
        page.fill("#question-1-text", "工程师的服务态度");
        page.fill("#question-1-options", "非常好\n好\n一般\n差");
        page.click("#survey-add-text");
        page.fill("#question-2-text", "您还有什么建议？");
        page.uncheck("#question-2-required");
        screenshot("survey-form");
        page.click("#survey-save");
        page.waitForURL(u -> u.matches(".*/surveys/\\d+$"));
        assertThat(page.locator("#survey-title")).hasText("维修服务满意度调查");

        page.click("#survey-send");
        page.waitForURL(u -> u.endsWith("/send"));
        page.fill("#survey-send-q", r.customerName());
        page.check("#survey-send-customer-" + r.customerId());
        screenshot("survey-send");
        page.click("#survey-send-submit");
        page.waitForURL(u -> u.matches(".*/surveys/\\d+$"));
        assertThat(page.locator("#survey-invited")).hasText("1");
        String resultsUrl = page.url();

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m, r.email())).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("维修服务满意度调查");
        Matcher link = LINK.matcher(plainText(mail));
        assertThat(link.find()).isTrue();
        String personalLink = link.group();

        context.clearCookies();
        page.navigate(personalLink);
        assertThat(page.locator("#public-survey-title")).hasText("维修服务满意度调查");
        page.click("#public-survey-submit");
        assertThat(page.locator("#public-q-1 .public-error")).hasText("请选择 1 到 5 分");
        assertThat(page.locator("#public-q-2 .public-error")).hasText("请回答此问题");
        screenshot("survey-public-form-errors");
        page.check("#public-q-1 input[value='4']");
        page.check("#public-q-2 input[value='好']");
        page.fill("#public-q-3 textarea", "希望上门时间能提前电话确认。");
        screenshot("survey-public-form");
        page.click("#public-survey-submit");
        assertThat(page.locator("#public-survey-thanks")).isVisible();
        screenshot("survey-public-thanks");

        page.navigate(personalLink);
        assertThat(page.locator("#public-survey-used")).containsText("已经答复");
        screenshot("survey-public-used");

        login("servicelead");
        page.navigate(resultsUrl);
        assertThat(page.locator("#survey-answered")).hasText("1");
        assertThat(page.locator("#result-1-average")).hasText("4.00");
        assertThat(page.locator("#result-3-texts")).containsText("希望上门时间能提前电话确认。");
        assertThat(page.locator("#survey-customer-table")).containsText(r.contactName());
        page.locator("#chart-1 canvas").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        screenshot("survey-results");
    }

    private static boolean to(MimeMessage m, String email) {
        try {
            return m.getAllRecipients()[0].toString().equals(email);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
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
}
