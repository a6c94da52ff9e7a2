package org.kehu.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The layout: language, login, the Content-Security-Policy the pages keep to, and headers that stay on one line. */
class LanguageSwitchBrowserIT extends BrowserTestSupport {

    /** Counts, per header cell of the table, the lines its text takes (0 for an empty cell). */
    private static final String HEADER_LINES = """
            ths => ths.map(th => {
              const range = document.createRange();
              range.selectNodeContents(th);
              return new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top))).size;
            })""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void switchesThePagesFromChineseToEnglishAndRemembersIt() {
        login("manager");
        assertThat(page.locator("#menu-customers")).hasText("客户");
        assertThat(page.locator("html")).hasAttribute("lang", "zh");

        page.click("#language-menu");
        page.click("#lang-en");

        assertThat(page.locator("#menu-customers")).hasText("Customers");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        screenshot("language-switch-english");

        page.navigate(url("/"));
        assertThat(page.locator("#menu-customers")).hasText("Customers");

        page.click("#menu-customers");
        assertThat(page.locator("#customer-new")).containsText("New customer");
        screenshot("customer-list-english");
        page.locator("#customer-rows .customer-link").first().click();
        assertThat(page.locator("#customer-edit")).containsText("Edit");
        screenshot("customer-page-english");
    }

    @Test
    void refusesAWrongPasswordWithAMessageOnTheLoginPage() {
        page.navigate(url("/login"));
        page.fill("#username", "manager");
        page.fill("#password", "wrong-password");
        page.click("#login-submit");
        assertThat(page.locator("#login-error")).hasText("用户名或密码错误。");
        screenshot("login-wrong-password");
    }

    @Test
    void theMainPagesRunWithoutContentSecurityPolicyViolationsAndTheirHeadersStayOnOneLine() {
        // Many pages in one test: on a busy build machine a page may take longer than the default to load.
        context.setDefaultNavigationTimeout(60_000);
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> violations.add(page.url() + ": " + e));
        long customer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'
                 order by c.id desc limit 1""").query(Long.class).single();

        login("manager");
        page.navigate(url("/customers"));
        assertThat(page.locator("#customer-table")).isVisible();
        assertThat(headerLines("#customer-table")).allMatch(lines -> lines <= 1);
        if (page.locator("#customer-select-all").count() > 0) {
            page.locator("#customer-select-all").check();
            assertThat(page.locator("#customer-rows .customer-select").first()).isChecked();
        }
        page.navigate(url("/customers/" + customer));
        assertThat(page.locator("#customer-edit")).isVisible();
        page.navigate(url("/pipeline"));
        assertThat(page.locator("#pipeline-board")).hasAttribute("data-ready", "true");
        page.navigate(url("/calendar"));
        assertThat(page.locator("#calendar-week")).isVisible();
        page.navigate(url("/tasks/new"));
        page.selectOption("#task-kind", "APPOINTMENT");
        assertThat(page.locator(".task-appointment-only").first()).isVisible();
        page.navigate(url("/orders/new?customer=" + customer));
        int lines = page.locator("#order-lines tr.order-line").count();
        page.click("#order-add-line");
        assertThat(page.locator("#order-lines tr.order-line")).hasCount(lines + 1);
        page.locator("#order-lines tr.order-line").last().locator(".order-line-remove").click();
        assertThat(page.locator("#order-lines tr.order-line")).hasCount(lines);
        page.click("#notification-bell");
        assertThat(page.locator("#notification-menu")).isVisible();
        assertThat(page.locator("#notification-menu").boundingBox().width).isGreaterThanOrEqualTo(340);
        screenshot("layout-notifications");

        context.clearCookies();
        login("director");
        page.navigate(url("/funnel"));
        page.locator("#funnel-chart canvas").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(headerLines("#funnel-table")).allMatch(n -> n <= 1);
        screenshot("layout-funnel-chinese");
        page.navigate(url("/funnel?lang=en"));
        page.locator("#funnel-chart canvas").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1400);
        assertThat((Boolean) page.evaluate("(() => { const w = document.querySelector('#funnel-table').parentElement;"
                + " return w.scrollWidth <= w.clientWidth; })()")).as("the English funnel table fits its column").isTrue();
        screenshot("layout-funnel-english");
        page.navigate(url("/opportunities?lang=zh_CN"));
        assertThat(headerLines("#opportunity-table")).allMatch(n -> n <= 1);

        context.clearCookies();
        login("service");
        page.navigate(url("/tickets/new"));
        page.selectOption("#ticket-typeCode", "COMPLAINT");
        assertThat(page.locator("#ticket-section-routed")).isVisible();
        assertThat(page.locator("#ticket-section-after-sales")).isHidden();

        context.clearCookies();
        login("admin");
        page.navigate(url("/admin/users"));
        assertThat(headerLines("#user-table")).allMatch(n -> n <= 1);
        // Swagger UI keeps to the same policy: springdoc serves its page with the scripts as files.
        // Its bundle is large: a busy machine needs longer than the default to load it.
        page.navigate(url("/swagger-ui/index.html"), new Page.NavigateOptions().setTimeout(60_000)
                .setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        page.waitForSelector(".swagger-ui .info .title", new Page.WaitForSelectorOptions().setTimeout(60_000));

        assertThat(violations).isEmpty();
    }

    private List<Integer> headerLines(String table) {
        List<?> lines = (List<?>) page.locator(table + " thead th").evaluateAll(HEADER_LINES);
        assertThat(lines).as("header cells of " + table).isNotEmpty();
        return lines.stream().map(n -> ((Number) n).intValue()).toList();
    }
}
