package org.kehu.portal.service;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.kehu.support.ServiceTickets;

/**
 * A ticket opened on a phone and answered with feedback: buyer opens a repair ticket with a photo and is offered an
 * article matching the subject; the service manager gives it to {@code service}, who replies to the customer and
 * handles it; buyer reads the answer and gives the satisfaction feedback, which the staff page then shows.
 */
class PortalTicketBrowserIT extends BrowserTestSupport {

    static final String SUBJECT = "主轴异响（浏览器测试）";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceTickets tickets;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void removeTheTicket() {
        for (Long id : jdbc.sql("select id from ticket where subject = ?").param(SUBJECT).query(Long.class).list()) {
            String number = jdbc.sql("select number from ticket where id = ?").param(id).query(String.class).single();
            jdbc.sql("delete from notification where ? = any(args)").param(number).update();
            jdbc.sql("delete from mail_message where subject like ?").param("%" + number + "%").update();
            jdbc.sql("delete from ticket where id = ?").param(id).update();
        }
    }

    @Test
    void aTicketOpenedOnAPhoneIsAnsweredAndGetsTheCustomersFeedback() throws Exception {
        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN").setIsMobile(true).setHasTouch(true))) {
            phone.setDefaultTimeout(15_000);
            Page p = phone.newPage();
            p.navigate(url("/portal/login"));
            p.fill("#portal-username", "buyer");
            p.fill("#portal-password", "demo123");
            p.click("#portal-login-submit");
            p.waitForURL(u -> u.endsWith("/portal/me"));
            p.click("#portal-me-service");
            p.waitForURL(u -> u.contains("/portal/tickets"));
            p.click("#portal-ticket-new");
            p.waitForURL(u -> u.endsWith("/portal/tickets/new"));
            p.selectOption("#typeCode", "REPAIR");
            p.locator("#subject").pressSequentially(SUBJECT);
            assertThat(p.locator(".portal-suggestion").first()).isVisible();
            p.fill("#content", "2 号加工中心主轴高速运转时有异响。");
            p.setInputFiles("#files", new FilePayload("fault.png", "image/png", PortalTicketTestSupport.png()));
            shot(p, "portal-ticket-new-suggestion");
            p.click("#portal-ticket-submit");
            p.waitForURL(u -> u.matches(".*/portal/tickets/FW\\d+$"));
            assertThat(p.locator("#portal-ticket-subject")).hasText(SUBJECT);
            assertThat(p.locator("#portal-ticket-status")).hasText("已受理");
            shot(p, "portal-ticket-opened");

            long id = jdbc.sql("select id from ticket where subject = ?").param(SUBJECT).query(Long.class).single();
            long service = jdbc.sql("select id from app_user where username = 'service'").query(Long.class).single();
            asStaff("servicelead", () -> tickets.assign(id, service, null, null));

            login("service");
            page.navigate(url("/tickets/" + id));
            assertThat(page.locator("#ticket-opening-files")).containsText("fault.png");
            page.fill("#ticket-reply-body", "您好，主轴前轴承已更换，请试机。");
            page.click("#ticket-reply-send");
            assertThat(page.locator("#ticket-reply-sent")).isVisible();
            page.fill("#ticket-handle-note", "更换主轴前轴承");
            page.click("#ticket-handle");
            page.waitForLoadState();
            screenshot("portal-ticket-staff-answered");

            p.reload();
            assertThat(p.locator(".portal-staff-answer")).containsText("主轴前轴承已更换");
            assertThat(p.locator("#portal-ticket-status")).hasText("已处理，待您评价");
            p.click("label[for=portal-satisfaction-5]");
            p.fill("#portal-feedback-comment", "处理很快，谢谢！");
            shot(p, "portal-ticket-feedback-form");
            p.click("#portal-feedback-submit");
            assertThat(p.locator("#portal-ticket-rating")).containsText("非常满意");
            assertThat(p.locator("#portal-feedback-form")).hasCount(0);
            shot(p, "portal-ticket-feedback-given");
        }
        page.navigate(url("/tickets/" + jdbc.sql("select id from ticket where subject = ?").param(SUBJECT).query(Long.class).single()));
        assertThat(page.locator("body")).containsText("处理很快，谢谢！");
        screenshot("portal-ticket-staff-feedback");
    }

    private void asStaff(String username, Runnable steps) {
        var previous = SecurityContextHolder.getContext();
        try {
            UserDetails u = accounts.loadUserByUsername(username);
            var ctx = SecurityContextHolder.createEmptyContext();
            ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
            SecurityContextHolder.setContext(ctx);
            steps.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void shot(Page p, String name) throws java.io.IOException {
        var dir = Files.createDirectories(Paths.get("target", "screenshots"));
        p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}
