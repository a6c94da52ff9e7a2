package org.kehu.sales.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sales journey in the browser: the director creates and assigns an opportunity, the account manager
 * is told, writes a plan, records its results, wins it and finds the new customer; then moves a card on the
 * kanban and the stage stays after a reload.
 */
class SalesJourneyBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void directorAssignsManagerWinsTheOpportunityAndFindsTheNewCustomerThenDragsACardOnTheKanban() {
        String prospect = "荆州楚源精密机械有限公司";
        long managerId = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();

        login("director");
        page.click("#menu-opportunities");
        page.click("#opportunity-new");
        page.fill("#opportunity-prospectName", prospect);
        page.selectOption("#opportunity-sourceCode", "TRADE_FAIR");
        page.fill("#opportunity-summary", "两条自动化装配线");
        page.selectOption("#opportunity-stageCode", "NEEDS");
        assertThat(page.locator("#opportunity-probability")).hasValue("30");
        page.fill("#opportunity-expectedAmount", "1800000");
        page.fill("#opportunity-expectedCloseDate", LocalDate.now().plusMonths(3).toString());
        page.fill("#opportunity-contactName", "刘志强");
        page.fill("#opportunity-contactPhone", "13872112345");
        page.fill("#opportunity-description", "客户计划明年扩建二期厂房。");
        screenshot("sales-opportunity-form");
        page.click("#opportunity-save");
        page.waitForURL(u -> u.matches(".*/opportunities/\\d+$"));
        assertThat(page.locator("#opportunity-title")).hasText(prospect);
        assertThat(page.locator("#opportunity-status")).hasAttribute("data-status", "NEW");
        String opportunityUrl = page.url();

        page.selectOption("#opportunity-assignee", String.valueOf(managerId));
        page.click("#opportunity-assign");
        assertThat(page.locator("#opportunity-status")).hasAttribute("data-status", "ASSIGNED");
        assertThat(page.locator("#opportunity-assigned-to")).containsText("张伟");
        screenshot("sales-opportunity-assigned");

        context.clearCookies();
        login("manager");
        page.locator("#notification-bell").click();
        Locator notice = page.locator("#notification-menu button", new com.microsoft.playwright.Page.LocatorOptions().setHasText(prospect));
        assertThat(notice.first()).isVisible();
        screenshot("sales-manager-notified");
        notice.first().click();
        page.waitForURL(u -> u.equals(opportunityUrl));

        page.fill("#plan-step-date", LocalDate.now().minusDays(2).toString());
        page.fill("#plan-step-item", "电话沟通，确认产能需求");
        page.click("#plan-step-add");
        assertThat(page.locator("#plan-steps .plan-step")).hasCount(1);
        page.fill("#plan-step-date", LocalDate.now().minusDays(1).toString());
        page.fill("#plan-step-item", "上门拜访，提交技术方案");
        page.click("#plan-step-add");
        assertThat(page.locator("#plan-steps .plan-step")).hasCount(2);

        page.locator("#plan-steps input[name=result]").first().fill("客户确认预算 180 万");
        page.locator("#plan-steps form button").first().click();
        assertThat(page.locator("#opportunity-status")).hasAttribute("data-status", "DEVELOPING");
        page.locator("#plan-steps input[name=result]").first().fill("方案获技术部认可");
        page.locator("#plan-steps form button").first().click();
        assertThat(page.locator("#plan-steps .plan-step-result")).hasCount(2);
        screenshot("sales-plan-with-results");

        page.click("#close-won");
        assertThat(page.locator("#opportunity-status")).hasAttribute("data-status", "WON");
        assertThat(page.locator("#opportunity-customer")).isVisible();
        assertThat(page.locator("#opportunity-history .history-won")).containsText("张伟");
        screenshot("sales-opportunity-won");

        page.click("#menu-customers");
        page.waitForLoadState();
        page.fill("#filter-q", "楚源精密");
        page.waitForURL(u -> u.contains("q="));
        assertThat(page.locator("#customer-rows")).containsText(prospect);
        page.locator("#customer-rows .customer-link").first().click();
        assertThat(page.locator("#customer-timeline")).containsText(prospect);
        screenshot("sales-new-customer-timeline");

        page.click("#menu-pipeline");
        page.waitForSelector("#pipeline-board[data-ready=true]");
        Locator card = page.locator("#pipeline-board .pipeline-card").first();
        String cardId = card.getAttribute("id");
        String from = stageOf(cardId);
        String to = "CONTRACT".equals(from) ? "INITIAL" : "CONTRACT";
        Locator target = page.locator("#pipeline-column-" + to + " .pipeline-cards");
        drag(card, target, cardId, to);
        assertThat(page.locator("#pipeline-message")).hasClass(java.util.regex.Pattern.compile(".*alert-success.*"));
        assertThat(page.locator("#pipeline-column-" + to + " #" + cardId)).isVisible();
        screenshot("sales-pipeline-moved");
        page.reload();
        page.waitForSelector("#pipeline-board[data-ready=true]");
        assertThat(page.locator("#pipeline-column-" + to + " #" + cardId)).isVisible();
        assertThat(page.locator("#pipeline-column-" + from + " #" + cardId)).hasCount(0);
        String stage = jdbc.sql("select stage_code from opportunity where id = :id")
                .param("id", Long.parseLong(cardId.replace("pipeline-card-", ""))).query(String.class).single();
        assertThat(stage).isEqualTo(to);
    }

    @Test
    void theFunnelShowsAChartAndATable() throws Exception {
        login("director");
        page.click("#menu-funnel");
        assertThat(page.locator("#funnel-table .funnel-row")).hasCount(6);
        page.locator("#funnel-chart canvas").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.waitForTimeout(1500); // the funnel's entry animation
        screenshot("sales-funnel");
        page.navigate(url("/opportunities?status=WON"));
        assertThat(page.locator("#opportunity-table .opportunity-link").first()).isVisible();
        screenshot("sales-opportunity-list");
        var csv = page.waitForDownload(() -> page.click("#opportunity-export-csv"));
        String text = java.nio.file.Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isGreaterThan(1);
        assertThat(text).doesNotContain("开发失败");
    }

    /**
     * Drags with the mouse, in small moves, as SortableJS (in fallback mode) follows a real hand. SortableJS moves
     * the card into each column it passes and scrolls the page and the board near their edges, so, as a person
     * would, the hand lets go only once the card sits in the target column, measuring the target again after each
     * move.
     */
    private void drag(Locator card, Locator target, String cardId, String to) {
        page.evaluate("() => window.scrollTo(0, 0)");
        BoundingBox a = card.boundingBox();
        page.mouse().move(a.x + a.width / 2, a.y + a.height / 2);
        page.mouse().down();
        page.mouse().move(a.x + a.width / 2 + 5, a.y + a.height / 2 + 5, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        for (int attempt = 0; attempt < 10 && !to.equals(stageOf(cardId)); attempt++) {
            BoundingBox b = target.boundingBox();
            page.mouse().move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 40), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
            page.waitForTimeout(100);
        }
        page.mouse().up();
    }

    private String stageOf(String cardId) {
        return (String) page.evaluate("id => document.getElementById(id).closest('.pipeline-cards').dataset.stage", cardId);
    }
}
