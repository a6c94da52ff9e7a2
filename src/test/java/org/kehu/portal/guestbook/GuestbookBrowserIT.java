package org.kehu.portal.guestbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A guestbook post moderated: buyer, on a phone (390 × 844), posts a suggestion; the service staff hides it with a
 * reason and answers another thread as staff; buyer sees "hidden by staff" with the reason; buyer2 no longer sees
 * the post but sees the staff answer.
 */
class GuestbookBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    long start;

    @BeforeEach
    void remember() {
        start = jdbc.sql("select coalesce(max(id), 0) from portal_guestbook_post").query(Long.class).single();
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        jdbc.sql("delete from portal_guestbook_post where id > ? and thread_id is not null").param(start).update();
        jdbc.sql("delete from portal_guestbook_post where id > ?").param(start).update();
    }

    private static Page phone(BrowserContext context, String base, String login) {
        Page p = context.newPage();
        p.navigate(base + "/portal/login");
        p.fill("#portal-username", login);
        p.fill("#portal-password", "demo123");
        p.click("#portal-login-submit");
        p.waitForURL(u -> !u.contains("/portal/login"));
        return p;
    }

    @Test
    void aGuestbookPostIsHiddenByStaffWithAReason() {
        String text = "浏览器测试：建议机床说明书增加二维码 " + System.nanoTime();
        Browser browser = page.context().browser();
        Browser.NewContextOptions phoneOptions = new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("zh-CN").setIsMobile(true).setHasTouch(true);
        try (BrowserContext buyerPhone = browser.newContext(phoneOptions);
                BrowserContext buyer2Phone = browser.newContext(phoneOptions)) {
            Page buyer = phone(buyerPhone, url(""), "buyer");
            buyer.click("#portal-nav-toggle");
            buyer.click("#nav-guestbook");
            assertThat(buyer.locator("#guestbook-title")).hasText("留言簿");
            buyer.fill("#guestbook-text", text + "\n第二行");
            buyer.click("#guestbook-submit");
            long id = jdbc.sql("select max(id) from portal_guestbook_post").query(Long.class).single();
            assertThat(buyer.locator("#text-" + id)).hasText(text + "\n第二行");
            screenshot(buyer, "guestbook-posted-phone");

            login("service");
            page.navigate(url("/guestbook"));
            page.fill("#filter-q", text);
            page.click("#filter-submit");
            page.click("#open-" + id);
            page.fill("#hide-reason-" + id, "请通过服务工单提出说明书问题");
            page.click("#hide-" + id);
            assertThat(page.locator("#status-" + id)).hasText("已隐藏");
            assertThat(page.locator("#reason-" + id)).containsText("请通过服务工单提出说明书问题");
            screenshot("guestbook-moderation-hidden");

            long other = jdbc.sql("""
                    select id from portal_guestbook_post where thread_id is null and status = 'VISIBLE' and id <> ?
                     and created_at > now() - interval '30 days' order by id desc limit 1""").param(id)
                    .query(Long.class).single();
            page.navigate(url("/guestbook/" + other));
            page.fill("#answer-text", "感谢建议，我们会在下个版本中考虑。");
            page.click("#answer-submit");
            assertThat(page.getByText("感谢建议，我们会在下个版本中考虑。")).isVisible();
            screenshot("guestbook-moderation-answered");

            buyer.reload();
            assertThat(buyer.locator("#hidden-" + id)).containsText("已被管理员隐藏");
            assertThat(buyer.locator("#hidden-" + id)).containsText("请通过服务工单提出说明书问题");
            screenshot(buyer, "guestbook-hidden-author-phone");

            Page buyer2 = phone(buyer2Phone, url(""), "buyer2");
            buyer2.navigate(url("/portal/guestbook"));
            assertThat(buyer2.locator("#guestbook-title")).isVisible();
            assertThat(buyer2.locator("#thread-" + id)).hasCount(0);
            assertThat(buyer2.locator("#thread-" + other)).containsText("感谢建议，我们会在下个版本中考虑。");
            screenshot(buyer2, "guestbook-other-customer-phone");
        }
    }

    private void screenshot(Page p, String name) {
        Page saved = page;
        page = p;
        try {
            screenshot(name);
        } finally {
            page = saved;
        }
    }
}
