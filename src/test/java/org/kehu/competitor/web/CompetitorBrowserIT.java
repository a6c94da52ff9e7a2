package org.kehu.competitor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marketing adds a competitor's product set against one of ours and reads the comparison: the difference in yuan
 * and percent, the chart, and the card on our product's page.
 */
class CompetitorBrowserIT extends BrowserTestSupport {

    private static final String MODEL = "BIT-6150X";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheProduct() {
        jdbc.sql("delete from competitor_product where model = :m").param("m", MODEL).update();
    }

    @Test
    void aCompetitorsProductIsAddedAndComparedWithOurs() {
        long competitor = jdbc.sql("select id from competitor where code = 'CP001'").query(Long.class).single();
        long ours = jdbc.sql("select id from product where model = 'CK6150' order by id limit 1").query(Long.class).single();

        login("marketing");
        page.navigate(url("/competitors"));
        page.fill("#competitor-q", "hrsk");
        page.click("#competitor-search-button");
        page.click("#competitor-row-" + competitor + " a");
        page.waitForURL(u -> u.endsWith("/competitors/" + competitor));
        screenshot("competitor-file");

        page.click("#competitor-product-new");
        page.fill("#competitor-product-name", "经济型数控车床");
        page.fill("#competitor-product-model", MODEL);
        page.selectOption("#competitor-product-ours", String.valueOf(ours));
        page.selectOption("#competitor-product-relation", "SUBSTITUTE");
        page.fill("#competitor-product-usage", "轴类零件车削");
        page.fill("#competitor-product-price", "150000");
        page.click("#competitor-product-save");
        page.waitForURL(u -> u.endsWith("/competitors/compare/" + ours));

        long added = jdbc.sql("select id from competitor_product where model = :m").param("m", MODEL).query(Long.class).single();
        // Ours at ¥168,000: theirs is ¥18,000 cheaper, 18,000 / 168,000 = 10.7 % below.
        assertThat(page.locator("#compare-line-" + added + " .compare-difference")).hasText("−¥18,000.00");
        assertThat(page.locator("#compare-line-" + added + " .compare-percent")).hasText("-10.7%");
        assertThat(page.locator("#compare-chart canvas")).isVisible();
        screenshot("competitor-price-comparison");

        page.navigate(url("/products/" + ours));
        assertThat(page.locator("#product-competition #compare-line-" + added)).isVisible();
        screenshot("competitor-product-card");
    }
}
