package org.kehu.portal.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

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
 * The account manager invites a contact of his customer from the customer page; the mail goes through SMTP
 * (GreenMail); the contact, on a phone, opens the link, sets a password and signs in for the first time, and sees
 * the company's summary and orders.
 */
class PortalInvitationBrowserIT extends BrowserTestSupport {

    static final int SMTP_PORT = freePort();
    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/portal/invitation/[A-Za-z0-9_-]{43}");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    JdbcClient jdbc;

    record Invitee(long contactId, long customerId, String email) {
    }

    @Test
    void anInvitedContactSetsAPasswordAndSignsInOnAPhone() throws Exception {
        Invitee who = jdbc.sql("""
                select ct.id as contact_id, ct.customer_id, ct.email from contact ct join customer c on c.id = ct.customer_id
                 where c.owner_id = (select id from app_user where username = 'manager') and ct.email is not null
                   and not exists (select 1 from portal_account a where a.contact_id = ct.id or lower(a.login) = lower(ct.email))
                   and (select count(*) from contact x where lower(x.email) = lower(ct.email)) = 1
                 order by ct.id desc limit 1""").query(Invitee.class).single();

        login("manager");
        page.navigate(url("/customers/" + who.customerId()));
        page.click("#portal-invite-" + who.contactId());
        assertThat(page.locator("#portal-card-done")).hasText("邀请已发送。");
        screenshot("portal-invitation-customer-card");

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m, who.email())).findFirst().orElseThrow();
        Matcher link = LINK.matcher(plainText(mail));
        assertThat(link.find()).isTrue();

        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN").setIsMobile(true).setHasTouch(true))) {
            Page p = phone.newPage();
            p.navigate(link.group());
            p.fill("#password", "short");
            p.fill("#repeat", "short");
            p.click("#portal-password-submit");
            assertThat(p.locator("#password-error")).hasText("至少8个字符。");
            p.fill("#password", "Kehu-portal-2026");
            p.fill("#repeat", "Kehu-portal-2026");
            shot(p, "portal-invitation-set-password");
            p.click("#portal-password-submit");
            assertThat(p.locator("#portal-login-activated")).isVisible();
            assertThat(p.locator("#portal-username")).hasValue(who.email());
            p.fill("#portal-password", "Kehu-portal-2026");
            shot(p, "portal-invitation-first-login");
            p.click("#portal-login-submit");
            p.waitForURL(u -> u.endsWith("/portal/me"));
            String company = jdbc.sql("select name from customer where id = :id").param("id", who.customerId())
                    .query(String.class).single();
            assertThat(p.locator("#portal-me-company")).hasText(company);
            shot(p, "portal-invitation-home");
            p.click("#portal-me-orders");
            p.waitForURL(u -> u.contains("/portal/orders"));
            shot(p, "portal-invitation-orders");

            p.navigate(link.group());
            assertThat(p.locator("#portal-link-reason")).containsText("已使用过");
        }
    }

    private void shot(Page p, String name) throws java.io.IOException {
        var dir = java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target", "screenshots"));
        p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
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
