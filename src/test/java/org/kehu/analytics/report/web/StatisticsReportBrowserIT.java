package org.kehu.analytics.report.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * The executive reads the customer, sales and service statistics of the last twelve months on the demo data: each
 * person's new customers and orders are what the customers and orders themselves count (the report reads counts kept
 * by triggers), and the same figures summed per department.
 */
class StatisticsReportBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void executiveSeesEachPersonsNewCustomersAndOrdersAsTheTablesCountThem() {
        LocalDate to = LocalDate.now(BusinessTime.ZONE);
        LocalDate from = to.minusYears(1).plusDays(1);
        login("executive");
        page.navigate(url("/reports/statistics?from=" + from + "&to=" + to));
        Locator rows = page.locator("#report-table tr.report-row");
        assertThat(rows.first()).isVisible();
        assertThat(page.locator("#report-chart-0")).hasAttribute("data-drawn", Pattern.compile(".+"));
        screenshot("report-statistics");

        int checked = 0;
        for (int i = 0; i < rows.count(); i++) {
            List<String> cells = rows.nth(i).locator("td").allInnerTexts();
            List<Long> ids = jdbc.sql("select id from app_user where name = ?").params(cells.get(0).strip()).query(Long.class).list();
            if (ids.size() != 1) {
                continue; // a name two users share cannot be told apart on the page
            }
            long owner = ids.get(0);
            long customers = jdbc.sql("""
                    select count(*) from customer where owner_id = ? and created_at >= ? and created_at < ?""")
                    .params(owner, at(from), at(to.plusDays(1))).query(Long.class).single();
            long orders = jdbc.sql("""
                    select count(*) from sales_order where owner_id = ? and order_date between ? and ?
                       and status in ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')""")
                    .params(owner, from, to).query(Long.class).single();
            assertThat(number(cells.get(2))).as("new customers of %s", cells.get(0)).isEqualTo(customers);
            assertThat(number(cells.get(5))).as("orders of %s", cells.get(0)).isEqualTo(orders);
            checked++;
        }
        assertThat(checked).isPositive();

        page.navigate(url("/reports/statistics?from=" + from + "&to=" + to + "&dimension=department"));
        assertThat(page.locator("#report-table tr.report-row").first()).isVisible();
        screenshot("report-statistics-departments");
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replaceAll("[^0-9-]", ""));
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(BusinessTime.ZONE).toInstant());
    }
}
