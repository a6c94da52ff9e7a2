package org.kehu.order.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An account manager takes an order from one of their customers through to completion, in the browser. */
class OrderJourneyBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private void htmxReady(String selector) {
        page.waitForFunction("s => { const e = document.querySelector(s); return e && e['htmx-internal-data'] }", selector);
    }

    private static String money(java.math.BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "¥%,.2f", amount);
    }

    @Test
    void accountManagerOrdersConfirmsShipsWithTrackingDeliversCompletesAndFindsItOnTheCustomer() {
        long customer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'
                 order by c.id limit 1""").query(Long.class).single();
        // Two products of the first warehouse (the form's default) with stock enough for the order.
        List<String[]> products = jdbc.sql("""
                select p.id, p.code, p.price from product p join stock s on s.product_id = p.id
                 where p.status = 'ON_SALE' and s.on_hand - s.reserved >= 5
                   and s.warehouse_id = (select id from warehouse order by sort_order, id limit 1)
                 order by p.code limit 2""").query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();

        login("manager");
        page.navigate(url("/customers/" + customer));
        page.click("#customer-order-new");
        page.waitForURL(u -> u.contains("/orders/new"));
        assertThat(page.locator("#order-customer-name")).not().isEmpty();

        // Type only once htmx has taken the search box in hand, or the keystrokes go unheard.
        htmxReady("#line-0-search");
        page.fill("#line-0-search", products.get(0)[1]);
        page.click("#line-0-option-" + products.get(0)[0]);
        page.locator("#line-0-product").waitFor();
        page.fill("#line-0-quantity", "2");
        page.click("#order-add-line");
        htmxReady("#line-1-search");
        page.fill("#line-1-search", products.get(1)[1]);
        page.click("#line-1-option-" + products.get(1)[0]);
        page.locator("#line-1-product").waitFor();
        page.fill("#line-1-quantity", "1");
        page.fill("#line-1-discount", "5");
        assertThat(page.locator("#line-0-unitPrice")).not().hasValue("");
        // The amounts and the total follow what is typed, before anything is saved.
        java.math.BigDecimal first = new java.math.BigDecimal(products.get(0)[2]).multiply(java.math.BigDecimal.valueOf(2));
        java.math.BigDecimal second = new java.math.BigDecimal(products.get(1)[2]).multiply(new java.math.BigDecimal("0.95"))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(page.locator("#line-0-amount")).hasText(money(first));
        assertThat(page.locator("#line-1-amount")).hasText(money(second));
        assertThat(page.locator("#order-form-total")).hasText(money(first.add(second)));
        page.fill("#line-0-quantity", "3");
        java.math.BigDecimal three = new java.math.BigDecimal(products.get(0)[2]).multiply(java.math.BigDecimal.valueOf(3));
        assertThat(page.locator("#line-0-amount")).hasText(money(three));
        assertThat(page.locator("#order-form-total")).hasText(money(three.add(second)));
        page.fill("#line-0-quantity", "2");
        screenshot("order-form");
        page.click("#order-save");
        page.waitForURL(u -> u.matches(".*/orders/\\d+$"));
        String number = page.locator("#order-number").textContent().strip();
        assertThat(page.locator("#order-status")).containsText("待确认");
        assertThat(page.locator("#order-lines-table tbody tr")).hasCount(2);
        assertThat(page.locator("#order-line-1")).containsText("2");
        assertThat(page.locator("#order-line-2")).containsText("5 %");

        page.click("#order-confirm");
        assertThat(page.locator("#order-status")).containsText("已确认");
        page.click("#order-ship");
        assertThat(page.locator("#order-status")).containsText("已发货");
        page.fill("#tracking-place", "武汉转运中心");
        page.fill("#tracking-note", "干线运输中，预计两天送达");
        page.click("#tracking-save");
        assertThat(page.locator("#order-tracking-latest")).containsText("武汉转运中心");
        screenshot("order-shipped-with-tracking");
        page.click("#order-deliver");
        assertThat(page.locator("#order-status")).containsText("已送达");
        page.click("#order-complete");
        assertThat(page.locator("#order-status")).containsText("已完成");
        assertThat(page.locator("#order-history")).containsText("已完成");
        screenshot("order-completed");

        page.click("#order-customer");
        page.waitForURL(u -> u.endsWith("/customers/" + customer));
        assertThat(page.locator("#customer-orders-table")).containsText(number);
        page.click("#customer-orders-tab-completed");
        assertThat(page.locator("#customer-orders-tab-completed")).hasClass(java.util.regex.Pattern.compile(".*active.*"));
        assertThat(page.locator("#customer-orders-table")).containsText(number);
        assertThat(page.locator("#customer-timeline")).containsText(number);
        screenshot("customer-with-orders");

        page.click("#menu-orders");
        htmxReady("#order-filter");
        page.selectOption("#order-filter-status", "COMPLETED");
        // htmx swaps the rows in place: wait until no other status is left in them.
        assertThat(page.locator("#order-table .order-status",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("待确认"))).hasCount(0);
        assertThat(page.locator("#order-table")).containsText(number);
        screenshot("order-list");
    }
}
