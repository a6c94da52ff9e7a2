package org.kehu.churn.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.kehu.analytics.SalesReadModel;
import org.kehu.churn.internal.ChurnScan;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An account manager answers two churn warnings in the browser: one postponed with a measure, one confirmed lost. */
class ChurnBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChurnScan scan;
    @Autowired
    SalesReadModel readModel;

    private long lapsedCustomer(String code, String name) {
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        long id = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, province_code, grade_code, status, created_by)
                values (:code, :name, 'x', :o, '420000', 'KEY', 'ACTIVE', :o) returning id""")
                .param("code", code).param("name", name).param("o", manager).query(Long.class).single();
        jdbc.sql("""
                insert into sales_order(number, customer_id, owner_id, order_date, warehouse_id, status, total)
                values (:n, :c, :o, :d, (select min(id) from warehouse), 'COMPLETED', 5000)""")
                .param("n", "T" + code).param("c", id).param("o", manager)
                .param("d", LocalDate.now(BusinessTime.ZONE).minusMonths(8)).update();
        jdbc.sql("""
                insert into sales_order_line(order_id, line_no, product_id, product_code, product_name, quantity, unit_price, amount)
                select o.id, 1, p.id, p.code, p.name, 1, 100, 100 from sales_order o, (select * from product order by id limit 1) p
                 where o.number = :n""").param("n", "T" + code).update();
        readModel.rebuild(LocalDate.now(BusinessTime.ZONE).minusMonths(8), LocalDate.now(BusinessTime.ZONE).minusMonths(8));
        return id;
    }

    @Test
    void aWarningPostponedWithItsMeasureAndAnotherConfirmedLost() {
        long postponed = lapsedCustomer("KHBIT-CH1", "武汉长江精密机械有限公司");
        long confirmed = lapsedCustomer("KHBIT-CH2", "黄石新港五金制品厂");
        scan.run();

        login("manager");
        page.navigate(url("/churn/warnings?owner=" + jdbc.sql("select id from app_user where username = 'manager'")
                .query(Long.class).single()));
        assertThat(page.locator("#churn-row-" + postponed)).isVisible();
        assertThat(page.locator("#churn-row-" + confirmed)).isVisible();
        screenshot("churn-warnings");

        // 暂缓流失: first without a measure and with a past day — the messages stand beside the fields.
        page.click("#churn-postpone-" + postponed);
        page.waitForURL(u -> u.endsWith("/churn/warnings/" + postponed + "/postpone"));
        page.fill("#churn-until", LocalDate.now(BusinessTime.ZONE).minusDays(1).toString());
        page.click("#churn-postpone-save");
        assertThat(page.locator("#churn-measure-error")).isVisible();
        assertThat(page.locator("#churn-until-error")).isVisible();
        screenshot("churn-postpone-refused");
        page.fill("#churn-measure", "上门拜访采购经理，提供季度返利方案，约定下月复购");
        page.fill("#churn-until", LocalDate.now(BusinessTime.ZONE).plusDays(30).toString());
        page.click("#churn-postpone-save");
        page.waitForURL(u -> u.contains("/churn/warnings") && !u.contains("postpone"));
        assertThat(page.locator("#churn-row-" + postponed)).hasCount(0);

        // 确认流失 with a reason from the dictionary.
        page.click("#churn-confirm-" + confirmed);
        page.waitForURL(u -> u.endsWith("/churn/warnings/" + confirmed + "/confirm"));
        page.click("#churn-confirm-save");
        assertThat(page.locator("#churn-reason-error")).isVisible();
        page.selectOption("#churn-reason", "COMPETITOR");
        page.fill("#churn-note", "客户已与竞争对手签订年度框架协议");
        screenshot("churn-confirm-form");
        page.click("#churn-confirm-save");
        page.waitForURL(u -> u.contains("state=CONFIRMED"));
        assertThat(page.locator("#churn-row-" + confirmed)).containsText("转向竞争对手");
        screenshot("churn-confirmed-list");

        page.navigate(url("/churn/warnings?state=POSTPONED"));
        assertThat(page.locator("#churn-row-" + postponed)).containsText("上门拜访采购经理");
        screenshot("churn-postponed-list");

        // The customer page shows the state and the history.
        page.navigate(url("/customers/" + confirmed));
        assertThat(page.locator("#customer-churn-history")).containsText("确认流失");
        assertThat(page.locator("#customer-churn-state")).containsText("已流失");
        screenshot("churn-customer-page");
        assertThat(jdbc.sql("select status from customer where id = :id").param("id", confirmed).query(String.class).single())
                .isEqualTo("LOST");

        // The churn analysis, as the director.
        context.clearCookies();
        login("director");
        page.navigate(url("/churn/analysis"));
        assertThat(page.locator("#churn-by-reason")).containsText("转向竞争对手");
        page.locator("#churn-month-chart canvas").first().waitFor();
        screenshot("churn-analysis");
    }
}
