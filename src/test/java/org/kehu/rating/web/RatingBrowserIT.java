package org.kehu.rating.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator's inconsistent matrix refused with its reason, then an account manager rating a customer. */
class RatingBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusedMatrixShowsItsReasonAndAManagerRatesACustomer() {
        long loyalty = jdbc.sql("select id from rating_model where kind = 'LOYALTY' and in_use").query(Long.class).single();
        login("admin");
        page.navigate(url("/ratings/models"));
        page.click("#rating-model-" + loyalty + " a");
        page.waitForURL(u -> u.endsWith("/ratings/models/" + loyalty));
        assertThat(page.locator("#figure-cr")).hasText("0.0762");
        page.click("#model-edit");
        page.waitForURL(u -> u.endsWith("/edit"));
        page.fill("#a_0_1", "9");
        assertThat(page.locator("#lower_1_0")).hasText("0.1111");
        page.click("#matrix-save");
        assertThat(page.locator("#matrix-error")).containsText("CR = 0.233");
        assertThat(page.locator("#revise-0-1")).isVisible();
        assertThat(page.locator("#figure-cr")).hasText("0.2335");
        screenshot("rating-matrix-refused");

        context.clearCookies();
        login("manager");
        long customer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                 where u.username = 'manager' and c.id > 127 order by c.id desc limit 1""").query(Long.class).single();
        page.navigate(url("/customers/" + customer));
        try {
            // The card comes by htmx after the page; on a busy machine that takes a while.
            page.locator("#rate-loyalty").click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(60_000));
        } finally {
            screenshot("rating-customer-page");
        }
        page.waitForURL(u -> u.contains("/ratings/new"));
        assertThat(page.locator("#proposal-g")).isVisible();
        String[] grades = {"3", "3", "2", "3", "2", "2"};
        for (int i = 0; i < grades.length; i++) {
            page.check("#grade-" + (char) ('a' + i) + "-" + grades[i]);
        }
        screenshot("rating-customer-form");
        page.click("#rate-save");
        page.waitForURL(u -> u.endsWith("/customers/" + customer));
        assertThat(page.locator("#rating-history .rating-history-row").first()).containsText("忠诚度");
        assertThat(page.locator("#customer-loyalty-rating")).not().isEmpty();
        screenshot("rating-customer-rated");

        page.navigate(url("/ratings"));
        assertThat(page.locator("#distribution-loyalty")).isVisible();
        screenshot("rating-distribution");
    }
}
