package org.kehu.marketing.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marketing records a market research with its questionnaire report (a PDF), writes a plan from it and submits it;
 * the sales director approves it, and marketing sees who approved it. The records are committed (the browser reads
 * them) and deleted afterwards.
 */
class MarketingPlanBrowserIT extends BrowserTestSupport {

    private static final String TOPIC = "浏览器测试·华东客户交货期调查";
    private static final String PLAN = "浏览器测试·交货期承诺推广方案";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from marketing_research_file where research_id in (select id from marketing_research where topic = :t)")
                .param("t", TOPIC).update();
        jdbc.sql("delete from marketing_research where topic = :t").param("t", TOPIC).update();
        jdbc.sql("delete from marketing_plan where name = :n").param("n", PLAN).update();
    }

    @Test
    void researchWithAFileLeadsToAPlanThatADirectorApproves() {
        login("marketing");
        page.click("#menu-research");
        page.click("#research-new");
        page.fill("#research-topic", TOPIC);
        page.selectOption("#research-method", "QUESTIONNAIRE");
        page.fill("#research-periodStart", "2026-10-01");
        page.fill("#research-periodEnd", "2026-09-01");
        page.click("#research-save");
        // The end before the start: said beside the field, nothing saved.
        assertThat(page.locator("#research-periodEnd-error")).isVisible();
        page.fill("#research-periodEnd", "2026-10-31");
        page.fill("#research-findings", "回收问卷 86 份：交货期是首要关注点。");
        page.click("#research-save");
        page.waitForURL(u -> u.matches(".*/marketing/research/\\d+$"));
        assertThat(page.locator("#research-title")).hasText(TOPIC);

        page.setInputFiles("#research-file", new FilePayload("问卷报告.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        page.click("#research-upload");
        assertThat(page.locator("a:has-text('问卷报告.pdf')")).isVisible();
        screenshot("marketing-research");

        page.click("#menu-plans");
        page.click("#plan-new");
        page.fill("#plan-name", PLAN);
        page.fill("#plan-goal", "以 7 天交货承诺提升华东老客户复购率");
        page.check("#plan-channel-EMAIL");
        page.check("#plan-channel-EVENT");
        page.fill("#plan-budget", "30000");
        page.fill("#plan-periodStart", "2027-01-01");
        page.fill("#plan-periodEnd", "2027-03-31");
        page.click("#plan-save");
        page.waitForURL(u -> u.matches(".*/marketing/plans/\\d+$"));
        String planUrl = page.url();
        assertThat(page.locator("#plan-status")).hasText("草稿");
        page.click("#plan-submit");
        assertThat(page.locator("#plan-status")).hasText("待审批");
        assertThat(page.locator("#plan-approve")).hasCount(0);

        context.clearCookies();
        login("director");
        page.navigate(planUrl);
        assertThat(page.locator("#plan-status")).hasText("待审批");
        page.click("#plan-approve");
        assertThat(page.locator("#plan-status")).hasText("已批准");
        assertThat(page.locator("#plan-decision")).isVisible();
        screenshot("marketing-plan-approved");

        context.clearCookies();
        login("marketing");
        page.navigate(planUrl);
        assertThat(page.locator("#plan-status")).hasText("已批准");
        assertThat(page.locator("#plan-edit")).hasCount(0);
    }
}
