package org.kehu.portal.showcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A visitor on a phone (390 × 844): the portal's home, a product, and tracking an order without a login. */
class ShowcaseBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorOnAPhoneBrowsesToAProductAndTracksAnOrderWithoutSigningIn() {
        page.setViewportSize(390, 844);
        page.navigate(url("/portal"));
        assertThat(page.locator("#home-hero")).containsText("华中机床产业联盟");
        assertThat(page.locator("#home-featured .card").first()).isVisible();
        screenshot("portal-home-phone");

        page.click("#portal-nav-toggle");
        page.click("#nav-products");
        assertThat(page.locator("#products-title")).isVisible();
        screenshot("portal-products-phone");
        page.click("#product-P-0001");
        assertThat(page.locator("#product-name")).containsText("数控车床");
        assertThat(page.locator("#product-price")).containsText("¥168,000.00");
        screenshot("portal-product-phone");

        jdbc.sql("delete from portal_track_attempt").update();
        String[] order = jdbc.sql("""
                select o.number, coalesce(m.mobile, c.phone) from sales_order o join customer c on c.id = o.customer_id
                  left join contact m on m.id = c.main_contact_id
                 where exists (select 1 from sales_order_tracking t where t.order_id = o.id)
                   and coalesce(m.mobile, c.phone) ~ '^1\\d{10}$'
                 order by o.id desc limit 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        page.click("#portal-nav-toggle");
        page.click("#nav-track");
        page.fill("#track-number", order[0]);
        page.fill("#track-phone", "0000".equals(order[1].substring(7)) ? "1111" : "0000");
        page.click("#track-submit");
        assertThat(page.locator("#track-not-found")).isVisible();
        page.fill("#track-phone", order[1].substring(order[1].length() - 4));
        page.click("#track-submit");
        assertThat(page.locator("#track-result")).containsText(order[0]);
        assertThat(page.locator("#track-stops li").first()).isVisible();
        screenshot("portal-track-phone");
    }
}
