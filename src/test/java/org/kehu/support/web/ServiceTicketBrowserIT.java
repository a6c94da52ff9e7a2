package org.kehu.support.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.kehu.MutableClock;
import org.kehu.support.sla.BreachWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Service staff and the service manager working tickets in the browser, from creation to archive. */
@Import(MutableClock.Config.class)
class ServiceTicketBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    BreachWatch breaches;

    private void switchTo(String username) {
        context.clearCookies();
        login(username);
    }

    private String customerName() {
        return jdbc.sql("select name from customer order by id limit 1").query(String.class).single();
    }

    /** Creates a ticket through the form as the signed-in user and answers the ticket page's URL. */
    private String createTicket(String type, String subject, String content) {
        page.navigate(url("/tickets"));
        page.click("#ticket-new");
        page.waitForURL(u -> u.endsWith("/tickets/new"));
        page.waitForLoadState();
        String customer = customerName();
        page.fill("#ticket-customer-search", customer);
        // A string predicate would be evaluated as script, which the Content-Security-Policy refuses.
        page.locator("#ticket-customerId option").nth(1).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.selectOption("#ticket-customerId", new SelectOption().setIndex(1));
        page.selectOption("#ticket-typeCode", type);
        page.fill("#ticket-subject", subject);
        page.fill("#ticket-content", content);
        return page.url();
    }

    private String save() {
        page.click("#ticket-save");
        page.waitForURL(u -> u.matches(".*/tickets/\\d+$"));
        return page.url();
    }

    @Test
    void repairTicketWalksFromCreationToArchiveWithSparePartsAndCharges() {
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values ('BIT-SP', '备件', 'Spare parts') returning id")
                .query(Long.class).single();
        long product = jdbc.sql("insert into product(code, name, category_id, unit_code, price) values ('BIT-BRG-01', '主轴轴承', :c, 'PCS', 120) returning id")
                .param("c", category).query(Long.class).single();
        long warehouse = jdbc.sql("insert into warehouse(code, name) values ('BIT-W1', '武汉备件库') returning id").query(Long.class).single();
        jdbc.sql("insert into stock(product_id, warehouse_id, on_hand) values (:p, :w, 10)").param("p", product).param("w", warehouse).update();

        login("service");
        createTicket("REPAIR", "数控车床主轴异响", "客户来电：主轴高速运转时有异响，需上门检修。");
        assertThat(page.locator("#ticket-section-after-sales")).isVisible();
        assertThat(page.locator("#ticket-section-routed")).isHidden();
        screenshot("ticket-new-repair");
        String ticketUrl = save();
        assertThat(page.locator("#ticket-status")).hasText("已创建");
        String number = page.locator("#ticket-number").textContent();
        assertThat(number).matches("FW\\d{12}");

        switchTo("servicelead");
        page.navigate(ticketUrl);
        page.selectOption("#ticket-assignee", new SelectOption().setLabel("赵丽"));
        page.fill("#ticket-assign-note", "请今天上门");
        page.click("#ticket-assign");
        assertThat(page.locator("#ticket-status")).hasText("已分配");

        switchTo("service");
        page.navigate(url("/tickets?view=mine"));
        page.click("#ticket-row-" + ticketUrl.substring(ticketUrl.lastIndexOf('/') + 1) + " .ticket-link");
        page.selectOption("#ticket-serviceType", "ON_SITE");
        page.fill("#ticket-serviceContent", "拆检主轴，更换两只轴承并试机");
        page.fill("#ticket-charges", "350");
        page.fill("#ticket-customerFeedback", "设备恢复正常");
        page.selectOption("#ticket-warehouse", String.valueOf(warehouse));
        page.selectOption("#ticket-part-product-0", String.valueOf(product));
        page.fill("#ticket-part-quantity-0", "2");
        page.fill("#ticket-handle-note", "已更换主轴轴承");
        screenshot("ticket-handle-form");
        page.click("#ticket-handle");
        assertThat(page.locator("#ticket-status")).hasText("已处理");
        assertThat(page.locator("#ticket-parts")).containsText("主轴轴承");
        assertThat(page.locator("#ticket-charges-value")).containsText("350");
        assertThat(jdbc.sql("select on_hand from stock where product_id = :p").param("p", product)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("8");

        page.selectOption("#ticket-satisfaction", "4");
        page.fill("#ticket-feedback-comment", "处理及时");
        page.click("#ticket-feedback");
        assertThat(page.locator("#ticket-satisfaction-value")).hasText("4 / 5");
        page.click("#ticket-archive");
        assertThat(page.locator("#ticket-status")).hasText("已归档");
        assertThat(page.locator("#ticket-steps .ticket-step")).hasCount(5);
        assertThat(page.locator("#ticket-sla-resolution")).containsText("达成");
        screenshot("ticket-archived-repair");
    }

    @Test
    void complaintGoesToTheDepartmentWhoseHeadRecordsTheInstruction() {
        long sales = jdbc.sql("select id from department where code = 'SALES'").query(Long.class).single();
        login("admin");
        page.navigate(url("/admin/departments?edit=" + sales));
        page.selectOption("#department-head", new SelectOption().setLabel("李明华"));
        page.click("#department-head-save");
        assertThat(page.locator("#department-head")).hasValue(String.valueOf(
                jdbc.sql("select id from app_user where username = 'director'").query(Long.class).single()));

        switchTo("service");
        createTicket("COMPLAINT", "交货延误两周", "");
        assertThat(page.locator("#ticket-section-routed")).isVisible();
        page.selectOption("#ticket-complaintCategory", "DELAY");
        page.selectOption("#ticket-targetCode", "DELIVERY");
        page.selectOption("#ticket-departmentId", new SelectOption().setLabel("销售部"));
        page.fill("#ticket-handlingPlan", "销售部三日内回复客户");
        page.click("#ticket-save");
        assertThat(page.locator("#ticket-content-error")).isVisible();
        screenshot("ticket-complaint-without-content");
        page.fill("#ticket-content", "订单延误两周，影响客户生产计划。");
        String ticketUrl = save();
        assertThat(page.locator("#ticket-department")).hasText("销售部");
        assertThat(page.locator("#ticket-instruction-form")).hasCount(0);

        switchTo("director");
        page.navigate(ticketUrl);
        page.fill("#ticket-instruction-text", "高度重视，限期整改并回访客户。");
        page.click("#ticket-instruction");
        assertThat(page.locator("#ticket-leader-instruction")).containsText("高度重视，限期整改并回访客户。");
        assertThat(page.locator("#ticket-leader-instruction")).containsText("李明华");
        assertThat(page.locator("#ticket-steps")).containsText("领导批示");
        screenshot("ticket-complaint-instruction");
        long told = jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                 where u.username = 'manager' and n.message_key = 'support.notify.routed' and n.link = :link""")
                .param("link", ticketUrl.substring(ticketUrl.indexOf("/tickets/"))).query(Long.class).single();
        assertThat(told).isEqualTo(1);
    }

    @Test
    void breachIsShownAfterTheClockMoves() {
        clock.set(java.time.Instant.now());
        login("service");
        createTicket("CONSULTATION", "询问保养周期", "客户询问设备保养周期。");
        String ticketUrl = save();
        assertThat(page.locator("#ticket-sla-resolution .sla-breached")).hasCount(0);
        String number = page.locator("#ticket-number").textContent();

        clock.advance(Duration.ofDays(10));
        breaches.markBreaches();
        page.navigate(ticketUrl);
        assertThat(page.locator("#ticket-sla-resolution .sla-breached")).containsText("已超时");
        assertThat(page.locator("#ticket-sla-response .sla-breached")).isVisible();
        screenshot("ticket-breached");

        page.navigate(url("/tickets?view=breached&q=" + number));
        assertThat(page.locator("#ticket-rows .sla-breached")).hasCount(1);
        assertThat(page.locator("#ticket-rows")).containsText(number);
        screenshot("ticket-list-breached");
        clock.set(java.time.Instant.now());
    }
}
