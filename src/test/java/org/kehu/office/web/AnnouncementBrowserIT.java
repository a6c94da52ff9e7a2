package org.kehu.office.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sales director publishes a must-read announcement to the sales department; the account manager finds it on the
 * home page, reads and confirms it, and it leaves the home page; the director sees the confirmation counted.
 */
class AnnouncementBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private final String title = "年终客户回访安排 " + System.nanoTime() % 100_000;

    @AfterEach
    void removeTheAnnouncement() {
        jdbc.sql("delete from announcement where title = :t").param("t", title).update();
    }

    @Test
    void aMustReadAnnouncementIsReadAndConfirmedAndLeavesTheHomePage() {
        long sales = jdbc.sql("select id from department where code = 'SALES'").query(Long.class).single();

        login("director");
        page.click("#menu-announcements");
        page.click("#announcement-new");
        page.fill("#announcement-title-input", title);
        page.uncheck("#announcement-everyone");
        page.selectOption("#announcement-departmentIds", String.valueOf(sales));
        page.check("#announcement-mustRead");
        page.selectOption("#announcement-format", "MARKDOWN");
        page.fill("#announcement-body-input", "请各位在 **12 月 20 日前** 完成重点客户的年终回访。\n\n- 回访记录写入客户时间线\n- 问题单转客服");
        screenshot("announcement-form");
        page.click("#announcement-save");
        page.waitForURL(u -> u.matches(".*/announcements/\\d+$"));
        assertThat(page.locator("#announcement-body strong")).hasText("12 月 20 日前");
        assertThat(page.locator("#announcement-confirmation-count")).containsText("已确认 0 /");

        page.click("#user-menu");
        page.click("#logout");
        login("manager");
        assertThat(page.locator("#home-must-read")).containsText(title);
        screenshot("announcement-home-must-read");
        page.locator("#home-must-read a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#announcement-title")).hasText(title);
        assertThat(page.locator("#announcement-confirmations")).hasCount(0);
        page.click("#announcement-confirm");
        assertThat(page.locator("#announcement-confirmed-at")).isVisible();
        screenshot("announcement-confirmed");
        page.click("#announcement-back");
        assertThat(page.locator("#announcement-list")).containsText(title);
        page.navigate(url("/"));
        assertThat(page.locator("body")).not().containsText(title);
        screenshot("announcement-home-after-confirm");

        page.click("#user-menu");
        page.click("#logout");
        login("director");
        page.click("#menu-announcements");
        page.locator(".announcement-row", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#announcement-confirmation-count")).containsText(Pattern.compile("已确认 1 / \\d+ 人"));
        assertThat(page.locator("#announcement-not-confirmed")).not().containsText("张伟");
        screenshot("announcement-author-count");
    }
}
