package org.kehu.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.kehu.KehuApplication;
import org.kehu.shared.embedded.EmbeddedDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A live exchange in two browsers on two application nodes sharing one database, as behind a load balancer: buyer
 * on a phone asks on the portal served by node B, the service operator at a desk on node A sees the question
 * arrive in the queue, takes it, answers, inserts a knowledge article's link; each sees the other's words
 * without reloading; the customer closes and the console shows it ended.
 */
class LiveChatBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    private long conversationsBefore;
    private ConfigurableApplicationContext nodeB;

    @BeforeEach
    void remember() {
        conversationsBefore = jdbc.sql("select coalesce(max(id), 0) from chat_conversation").query(Long.class).single();
    }

    @AfterEach
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @AfterEach
    void removeTheConversation() {
        jdbc.sql("delete from chat_conversation where id > :id").param("id", conversationsBefore).update();
    }

    @Test
    void buyerOnOneNodeAndServiceOnTheOtherTalkLiveInTwoBrowsers() throws Exception {
        nodeB = new SpringApplicationBuilder(KehuApplication.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--kehu.demo-data=false");
        String nodeBAddress = "http://localhost:" + ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        assertThat(nodeBAddress).isNotEqualTo(url(""));

        login("service");
        page.navigate(url("/chat"));
        assertThat(page.locator("#chat-queue")).isVisible();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!jdbc.sql("""
                select exists(select 1 from chat_operator_presence p join app_user u on u.id = p.user_id
                 where u.username = 'service')""").query(Boolean.class).single() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN").setIsMobile(true).setHasTouch(true))) {
            Page buyer = phone.newPage();
            buyer.navigate(nodeBAddress + "/portal/login");
            buyer.fill("#portal-username", "buyer");
            buyer.fill("#portal-password", "demo123");
            buyer.click("#portal-login-submit");
            buyer.waitForURL(u -> u.endsWith("/portal/me"));
            buyer.click("#portal-me-chat");
            buyer.waitForURL(u -> u.endsWith("/portal/chat"));
            assertThat(buyer.url()).as("the buyer is served by node B").startsWith(nodeBAddress);
            assertThat(buyer.locator("#chat-online")).containsText("客服在线");
            buyer.fill("#chat-question", "请问蓝色款有现货吗？");
            shot(buyer, "chat-portal-ask");
            buyer.click("#chat-ask");
            assertThat(buyer.locator("#chat-messages")).containsText("请问蓝色款有现货吗？");
            long id = jdbc.sql("select max(id) from chat_conversation").query(Long.class).single();
            assertThat(id).isGreaterThan(conversationsBefore);

            // The queue on the console shows the question without a reload.
            assertThat(page.locator("#chat-take-" + id)).isVisible();
            screenshot("chat-console-queue");
            page.click("#chat-take-" + id);
            assertThat(page.locator("#chat-messages-" + id)).containsText("请问蓝色款有现货吗？");
            assertThat(buyer.locator("#chat-messages")).containsText("已接入会话");

            page.fill("#chat-text-" + id, "有的，现有40件。");
            page.click("#chat-send-" + id);
            assertThat(buyer.locator("#chat-messages")).containsText("有的，现有40件。");

            buyer.fill("#chat-text", "好的，怎么保养？");
            buyer.click("#chat-send");
            assertThat(page.locator("#chat-messages-" + id)).containsText("好的，怎么保养？");

            // An article shared with customers, put into the answer.
            page.locator("#chat-panel-" + id + " summary").click();
            page.fill("#chat-kb-" + id, "轴承");
            page.locator("#chat-kb-results-" + id + " .chat-insert").first().click();
            assertThat(page.locator("#chat-text-" + id)).hasValue(Pattern.compile("/portal/help/articles/\\d+"));
            screenshot("chat-console-answer");
            page.click("#chat-send-" + id);
            assertThat(buyer.locator("#chat-messages a[href*='/portal/help/articles/']")).isVisible();
            shot(buyer, "chat-portal-answers");

            buyer.click("#chat-close");
            assertThat(buyer.locator("#chat-past-" + id)).isVisible();
            assertThat(page.locator("#chat-panel-" + id + " .chat-status")).hasText("已结束");
            assertThat(page.locator("#chat-messages-" + id)).containsText("客户已结束会话");
            screenshot("chat-console-closed");
            buyer.click("#chat-past-" + id);
            assertThat(buyer.locator("#chat-messages")).containsText("有的，现有40件。");
            shot(buyer, "chat-portal-transcript");
        }

        page.navigate(url("/chat/history"));
        long id = jdbc.sql("select max(id) from chat_conversation").query(Long.class).single();
        page.click("#chat-open-" + id);
        assertThat(page.locator("#chat-messages")).containsText("好的，怎么保养？");
        screenshot("chat-history-transcript");
    }

    private static void shot(Page p, String name) throws java.io.IOException {
        var dir = Files.createDirectories(Paths.get("target", "screenshots"));
        p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}
