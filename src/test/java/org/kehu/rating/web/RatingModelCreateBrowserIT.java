package org.kehu.rating.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The executive creates a three-factor credit model: an inconsistent matrix is refused with the comparisons to
 * revise, a consistent one is checked and saved; then the ratings distribution is exported and printed.
 */
class RatingModelCreateBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExecutiveCreatesAModelAfterARefusalAndExportsTheDistribution() {
        long before = jdbc.sql("select id from rating_model where kind = 'CREDIT' and in_use").query(Long.class).single();
        try {
            login("executive");
            page.navigate(url("/ratings/models"));
            page.click("#model-new");
            page.waitForURL(u -> u.contains("/ratings/models/new"));
            page.selectOption("#setup-kind", "CREDIT");
            page.selectOption("#setup-n", "3");
            page.click("#setup-apply");
            page.waitForURL(u -> u.contains("n=3"));
            assertThat(page.locator(".factor-card")).hasCount(3);
            assertThat(page.locator("#ri-source")).containsText("Alonso");
            page.fill("#nameZh", "简化信誉度");
            page.fill("#nameEn", "Short credit");
            String[] names = {"付款及时", "合作年限", "订单规模"};
            for (int i = 0; i < 3; i++) {
                page.fill("#f-" + i + "-nameZh", names[i]);
                page.fill("#f-" + i + "-nameEn", "Factor " + i);
                for (int g = 0; g < 4; g++) {
                    page.fill("#f-" + i + "-g" + g + "-zh", names[i] + "等级" + g);
                    page.fill("#f-" + i + "-g" + g + "-en", "Grade " + g);
                }
            }
            page.fill("#a_0_1", "9");
            page.fill("#a_0_2", "1/9");
            page.fill("#a_1_2", "9");
            assertThat(page.locator("#lower_2_0")).hasText("9");
            page.click("#model-save");
            assertThat(page.locator("#matrix-error")).containsText("CR");
            assertThat(page.locator("#matrix-revise li").first()).isVisible();
            screenshot("rating-model-new-refused");

            page.fill("#a_0_1", "2");
            page.fill("#a_0_2", "4");
            page.fill("#a_1_2", "2");
            page.click("#model-check");
            assertThat(page.locator("#checked-weights")).containsText("0.5714");
            screenshot("rating-model-new-checked");
            page.click("#model-save");
            page.waitForURL(u -> u.matches(".*/ratings/models/\\d+$"));
            assertThat(page.locator("#figure-cr")).hasText("0.0000");
            screenshot("rating-model-new-saved");

            page.navigate(url("/ratings"));
            Download csv = page.waitForDownload(() -> page.click("#ratings-export-csv"));
            assertThat(csv.suggestedFilename()).isEqualTo("ratings.csv");
            page.navigate(url("/ratings/print"));
            assertThat(page.locator("#ratings-print-view #distribution-credit")).isVisible();
            screenshot("rating-distribution-print");
        } finally {
            // the browser tests share one database: give the credit ratings their model back
            jdbc.sql("update rating_model set in_use = false where kind = 'CREDIT' and in_use and id <> :b").param("b", before).update();
            jdbc.sql("update rating_model set in_use = true where id = :b").param("b", before).update();
        }
    }
}
