package org.kehu.office.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A message answered: the account manager writes to a colleague, who sees the unread count beside the bell, opens
 * it and replies; the first finds the reply in the conversation.
 */
class MessageBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private final String subject = "样品寄送确认 " + System.nanoTime() % 100_000;

    @AfterEach
    void removeTheMessages() {
        jdbc.sql("delete from internal_message where subject in (:s, :re)").param("s", subject).param("re", "Re: " + subject)
                .update();
    }

    @Test
    void aMessageIsSentReadAndAnswered() {
        long colleague = jdbc.sql("select id from app_user where username = 'manager2'").query(Long.class).single();

        login("manager");
        page.click("#menu-messages");
        page.click("#message-new");
        page.selectOption("#message-recipientIds", String.valueOf(colleague));
        page.fill("#message-subject-input", subject);
        page.fill("#message-body-input", "陈静：华南那家客户要的样品今天寄出了，顺丰单号稍后发你。");
        screenshot("message-compose");
        page.click("#message-send");
        page.waitForURL(u -> u.matches(".*/messages/\\d+$"));
        assertThat(page.locator("#message-subject")).hasText(subject);

        page.click("#user-menu");
        page.click("#logout");
        login("manager2");
        assertThat(page.locator("#message-unread")).isVisible();
        screenshot("message-unread-badge");
        page.click("#message-badge");
        Page.LocatorOptions bySubject = new Page.LocatorOptions().setHasText(subject);
        assertThat(page.locator(".message-row.message-unread", bySubject)).hasCount(1);
        page.locator(".message-row", bySubject).click();
        assertThat(page.locator("#message-thread")).containsText("样品今天寄出了");
        page.fill("#message-reply-body", "收到，谢谢张伟！客户那边我来跟进签收。");
        page.click("#message-reply-send");
        page.waitForURL(u -> u.matches(".*/messages/\\d+$"));
        assertThat(page.locator("#message-thread .message")).hasCount(2);
        page.click("#message-back");
        assertThat(page.locator(".message-row.message-read", bySubject)).hasCount(1);

        page.click("#user-menu");
        page.click("#logout");
        login("manager");
        assertThat(page.locator("#message-unread")).isVisible();
        page.click("#menu-messages");
        Page.LocatorOptions byReply = new Page.LocatorOptions().setHasText("Re: " + subject);
        assertThat(page.locator(".message-row.message-unread", byReply)).hasCount(1);
        page.locator(".message-row", byReply).click();
        assertThat(page.locator("#message-thread")).containsText("收到，谢谢张伟！");
        assertThat(page.locator("#message-thread")).containsText("样品今天寄出了");
        screenshot("message-reply-read");
    }
}
