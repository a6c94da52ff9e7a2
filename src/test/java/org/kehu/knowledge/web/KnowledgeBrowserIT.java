package org.kehu.knowledge.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Service staff find an article by a Chinese word and link it to the ticket it solved; customers read it on the portal. */
class KnowledgeBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anArticleFoundBySearchIsLinkedToATicketAndReadOnThePortal() {
        long article = jdbc.sql("select id from knowledge_article where title = '主轴轴承更换指南'").query(Long.class).single();
        // A demo ticket the service user handles: other browser tests add tickets he may not see.
        long ticket = jdbc.sql("select t.id from ticket t join app_user u on u.id = t.assignee_id"
                + " where u.username = 'service' order by t.id desc limit 1").query(Long.class).single();

        login("service");
        page.navigate(url("/knowledge"));
        page.fill("#knowledge-q", "轴承");
        page.click("#knowledge-search-button");
        assertThat(page.locator("#knowledge-row-" + article)).isVisible();
        screenshot("knowledge-search");
        page.click("#knowledge-row-" + article);
        page.waitForURL(u -> u.endsWith("/knowledge/" + article));
        assertThat(page.locator("#knowledge-body h2").first()).isVisible();
        assertThat(page.locator("#knowledge-versions .knowledge-version")).hasCount(3);

        page.navigate(url("/tickets/" + ticket));
        page.fill("#knowledge-ticket-q", "主轴轴承");
        page.click("#knowledge-ticket-search-button");
        page.click("#knowledge-link-" + article);
        assertThat(page.locator("#knowledge-linked-" + article)).isVisible();
        screenshot("knowledge-ticket-linked");

        page.navigate(url("/knowledge/" + article));
        assertThat(page.locator("#knowledge-ticket-" + ticket)).isVisible();

        context.clearCookies();
        page.setViewportSize(375, 800);
        page.navigate(url("/portal/help/articles?q=" + java.net.URLEncoder.encode("轴承", java.nio.charset.StandardCharsets.UTF_8)));
        page.click("#portal-help-row-" + article);
        assertThat(page.locator("#portal-help-title")).hasText("主轴轴承更换指南");
        page.click("#portal-help-yes");
        assertThat(page.locator("#portal-help-yes")).hasClass(java.util.regex.Pattern.compile("btn-success"));
        screenshot("knowledge-portal-article");
    }
}
