package org.kehu.marketing.segment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;

import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.kehu.dictionary.Dictionary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Marketing builds a segment in the browser: the live count follows each criterion added, and the saved segment shows it. */
class SegmentBrowserIT extends BrowserTestSupport {

    private static final String NAME = "浏览器测试：沉睡的华东客户";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dictionary dictionary;

    @AfterEach
    void removeSegment() {
        jdbc.sql("delete from marketing_segment where name = :n").param("n", NAME).update();
    }

    @Test
    void marketingBuildsASegmentAndTheCountChangesAsACriterionIsAdded() {
        long all = jdbc.sql("select count(*) from customer").query(Long.class).single();
        String province = jdbc.sql("""
                select province_code from customer where province_code is not null
                 group by province_code order by count(*) desc, province_code limit 1""").query(String.class).single();
        long inProvince = jdbc.sql("select count(*) from customer where province_code = :p").param("p", province)
                .query(Long.class).single();
        long lapsed = jdbc.sql("""
                select count(*) from customer c where province_code = :p and not exists (
                    select 1 from analytics_purchase_day d where d.customer_id = c.id and d.day > :since)""")
                .param("p", province).param("since", java.time.LocalDate.now(org.kehu.shared.BusinessTime.ZONE).minusDays(90)).query(Long.class).single();

        login("marketing");
        page.click("#menu-segments");
        page.click("#segment-new");
        assertThat(page.locator("#segment-count")).hasText(String.format("%,d", all));

        page.selectOption("#segment-provinces", new SelectOption().setLabel(dictionary.region(province).orElseThrow()
                .name(Locale.SIMPLIFIED_CHINESE)));
        assertThat(page.locator("#segment-count")).hasText(String.format("%,d", inProvince));
        page.fill("#segment-noOrderForDays", "90");
        page.locator("#segment-noOrderForDays").dispatchEvent("change");
        assertThat(page.locator("#segment-count")).hasText(String.format("%,d", lapsed));
        screenshot("marketing-segment-editor");

        page.fill("#segment-name", NAME);
        page.click("#segment-save");
        page.waitForURL(u -> u.matches(".*/marketing/segments/\\d+$"));
        assertThat(page.locator("#segment-title")).hasText(NAME);
        assertThat(page.locator("#segment-count")).hasText(String.format("%,d", lapsed));
        screenshot("marketing-segment-detail");
    }
}
