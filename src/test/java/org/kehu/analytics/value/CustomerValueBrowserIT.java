package org.kehu.analytics.value;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A calibration end too early is refused with its reason; an account manager reads a customer's value on the
 * customer's page; anyone with reports tries the textbook calculator.
 */
class CustomerValueBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void tooEarlyACalibrationEndIsRefusedWithTheReasonOnThePage() {
        login("executive");
        page.navigate(url("/analytics/value"));
        page.fill("#clv-calibration-end", "2001-01-31");
        page.click("#clv-fit");

        assertThat(page.locator("#clv-fit-error")).isVisible();
        screenshot("clv-too-few");
    }

    @Test
    void accountManagerSeesHisCustomersValueOnTheCustomerPage() {
        long customer = jdbc.sql("""
                select v.customer_id from analytics_customer_value v
                join analytics_clv_model m on m.id = v.model_id and m.status = 'DONE'
                join customer c on c.id = v.customer_id join app_user u on u.id = c.owner_id and u.username = 'manager'
                where v.x > 0 and v.customer_id > 127 order by m.id desc, v.clv desc limit 1""").query(Long.class).single();
        login("manager");
        page.navigate(url("/customers/" + customer));

        assertThat(page.locator("#customer-value-palive")).isVisible();
        assertThat(page.locator("#customer-value-clv")).containsText("¥");
        page.locator("#customer-value-figures").scrollIntoViewIfNeeded();
        screenshot("clv-customer-page");
    }

    @Test
    void calculatorShowsBothModelsBesideTheirFormulasAndRefusesBadInput() {
        login("manager");
        page.navigate(url("/analytics/value/calculator"));
        assertThat(page.locator("#calc-model-one")).containsText("9,210.08");
        assertThat(page.locator("#calc-model-three")).containsText("8,539.07");
        screenshot("clv-calculator");

        page.fill("#calc-ratePercent", "abc");
        page.fill("#calc-years", "0");
        page.click("#calc-compute");
        assertThat(page.locator("#calc-ratePercent-error")).isVisible();
        assertThat(page.locator("#calc-years-error")).isVisible();
    }
}
