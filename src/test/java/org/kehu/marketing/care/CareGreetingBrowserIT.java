package org.kehu.marketing.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account manager opens customer care, finds tomorrow's birthday greeting of a contact, reviews and edits its
 * words, sends it, and finds it on the customer's timeline.
 */
class CareGreetingBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CareGreetings greetings;

    private Long customerId;
    private Long contactId;
    private String email;

    @AfterEach
    void removeTheTestsCustomer() {
        if (contactId != null) {
            jdbc.sql("delete from care_greeting where contact_id = :c").param("c", contactId).update();
            jdbc.sql("delete from mail_message where recipient = :e").param("e", email).update();
            jdbc.sql("update customer set main_contact_id = null where id = :id").param("id", customerId).update();
            jdbc.sql("delete from contact where id = :c").param("c", contactId).update();
            jdbc.sql("delete from customer where id = :id").param("id", customerId).update();
        }
    }

    @Test
    void accountManagerReviewsEditsAndSendsABirthdayGreetingThatThenShowsOnTheTimeline() {
        LocalDate tomorrow = greetings.today().plusDays(1);
        String code = "KH8" + (100_000_000L + System.nanoTime() % 900_000_000L); // like the demo codes: a code the page may show
        customerId = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, created_at)
                values (:code, '关怀浏览器测试有限公司', 'ghllqcsyxgs', (select id from app_user where username = 'manager'), :created)
                returning id""").param("code", code)
                .param("created", LocalDate.of(2024, 3, 15).atTime(9, 0).atOffset(ZoneOffset.ofHours(8)))
                .query(Long.class).single();
        email = "shou.wenhou." + code.toLowerCase(java.util.Locale.ROOT) + "@example.cn";
        contactId = jdbc.sql("""
                insert into contact(customer_id, name, email, birthday, is_primary) values (:c, '寿文候', :e, :b, true) returning id""")
                .param("c", customerId).param("e", email).param("b", LocalDate.of(1984, tomorrow.getMonth(), tomorrow.getDayOfMonth()))
                .query(Long.class).single();
        jdbc.sql("update customer set main_contact_id = :c where id = :id").param("c", contactId).param("id", customerId).update();
        greetings.prepare(greetings.today()); // what the daily job does in the morning
        long id = jdbc.sql("select id from care_greeting where contact_id = :c and occasion = 'BIRTHDAY'")
                .param("c", contactId).query(Long.class).single();

        login("manager");
        page.click("#menu-care");
        page.waitForURL(u -> u.contains("/care"));
        var card = page.locator("#greeting-" + id);
        assertThat(card).containsText("寿文候");
        assertThat(card).containsText("生日");
        assertThat(page.locator("#greeting-status-" + id)).hasText("待审阅");
        assertThat(page.locator("#greeting-subject-" + id)).hasValue("寿文候，祝您生日快乐！");
        assertThat(page.locator("#greeting-body-" + id)).containsText("张伟");

        page.fill("#greeting-subject-" + id, "寿总，生日快乐！");
        page.fill("#greeting-body-" + id, "尊敬的寿总：\n\n明天是您的生日，提前祝您生日快乐、阖家幸福！\n\n张伟");
        screenshot("care-greeting-review");
        page.click("#greeting-send-" + id);

        assertThat(page.locator("#greeting-status-" + id)).hasText("已发送");
        assertThat(page.locator("#greeting-" + id)).containsText("提前祝您生日快乐");
        assertThat(jdbc.sql("select count(*) from mail_message where recipient = :e and subject = '寿总，生日快乐！'")
                .param("e", email).query(Long.class).single()).isEqualTo(1);
        screenshot("care-greeting-sent");

        page.click("#greeting-" + id + " a[href='/customers/" + customerId + "']");
        page.waitForURL(u -> u.contains("/customers/" + customerId));
        assertThat(page.locator(".timeline-greeting").first()).containsText("寿总，生日快乐！");
        assertThat(page.locator(".timeline-greeting").first()).containsText("关怀问候");
        screenshot("care-greeting-timeline");
    }
}
