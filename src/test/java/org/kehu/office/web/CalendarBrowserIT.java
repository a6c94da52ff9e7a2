package org.kehu.office.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.kehu.office.MovableClock;
import org.kehu.office.internal.TaskReminders;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account manager plans a customer visit on the calendar, sees it in the week and the month, is reminded
 * under the bell when its time comes, and the director finds it in the team calendar.
 */
@Import(MovableClock.Config.class)
class CalendarBrowserIT extends BrowserTestSupport {

    @Autowired
    MovableClock clock;
    @Autowired
    TaskReminders reminders;
    @Autowired
    JdbcClient jdbc;

    private record Customer(long id, String name) {
    }

    /**
     * The reminder job ran at tomorrow's 09:45 here, so its notifications (the demo's reminders due before then too)
     * are dated in the future and would stay the newest in everyone's bell for the later browser tests, which look
     * for their own notification among the newest. They go, and the clock comes back to now.
     */
    @org.junit.jupiter.api.AfterEach
    void forgetTheFutureReminders() {
        clock.set(java.time.Instant.now());
        jdbc.sql("delete from notification where created_at > now()").update();
    }

    @Test
    void accountManagerPlansAnAppointmentOnTheCalendarIsRemindedAndTheDirectorSeesItInTheTeamCalendar() {
        Customer customer = jdbc.sql("""
                select c.id, c.name from customer c join app_user u on u.id = c.owner_id
                 where u.username = 'manager' and c.main_contact_id is not null order by c.id limit 1""")
                .query(Customer.class).single();
        LocalDate tomorrow = LocalDate.now(BusinessTime.ZONE).plusDays(1);
        String title = "上门拜访：讨论明年框架协议";

        login("manager");
        page.click("#menu-calendar");
        assertThat(page.locator("#calendar-week")).isVisible();
        page.navigate(url("/calendar?date=" + tomorrow));
        page.click("#cal-slot-" + tomorrow + "T10");

        page.waitForURL(u -> u.contains("/tasks/new"));
        assertThat(page.locator("#task-kind")).hasValue("APPOINTMENT");
        assertThat(page.locator("#task-dueAt")).hasValue(tomorrow + "T10:00");
        assertThat(page.locator("#task-endAt")).hasValue(tomorrow + "T11:00");
        page.fill("#task-title", title);
        page.fill("#task-place", "客户总部会议室");
        page.fill("#task-customer-search", customer.name());
        page.waitForSelector("#task-customerId option[value='" + customer.id() + "']",
                new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.selectOption("#task-customerId", String.valueOf(customer.id()));
        // A string predicate would be evaluated as script, which the Content-Security-Policy refuses.
        page.locator("#task-contactId option").nth(1).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.selectOption("#task-remindBeforeMinutes", "15");
        page.fill("#task-description", "带上新产品样册和报价。");
        screenshot("calendar-appointment-form");
        page.click("#task-save");

        page.waitForURL(u -> u.matches(".*/tasks/\\d+$"));
        assertThat(page.locator("#task-title")).containsText(title);
        assertThat(page.locator("#task-customer")).containsText(customer.name());
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));

        page.click("#task-customer a");
        assertThat(page.locator("#customer-open-tasks")).containsText(title);
        assertThat(page.locator("#customer-timeline")).containsText(title);
        screenshot("calendar-customer-open-tasks");
        page.click("#menu-tasks");
        // Loaded, so that htmx listens to the filter form before it changes.
        page.waitForURL(u -> u.endsWith("/tasks"));
        page.selectOption("#filter-period", "next7");
        page.waitForURL(u -> u.contains("period=next7"));
        assertThat(page.locator("#task-rows")).not().containsText("已逾期");
        assertThat(page.locator("#task-row-" + id)).isVisible();
        screenshot("task-list");
        page.click("#task-row-" + id + " .task-link");
        page.click("#task-to-calendar");
        assertThat(page.locator("#cal-item-" + id)).isVisible();
        assertThat(page.locator("#cal-item-" + id)).containsText(title);
        screenshot("calendar-week");
        page.click("#calendar-view-month");
        assertThat(page.locator("#calendar-month")).isVisible();
        assertThat(page.locator("#cal-day-" + tomorrow + " #cal-item-" + id)).isVisible();
        screenshot("calendar-month");
        page.click("#cal-item-" + id);
        page.waitForURL(u -> u.endsWith("/tasks/" + id));

        // The reminder job at 09:44 tomorrow sends what was due before; at 09:45:30 it sends this one's, 15 minutes ahead.
        clock.set(tomorrow.atTime(LocalTime.of(9, 44)).atZone(BusinessTime.ZONE).toInstant());
        reminders.sendDueReminders();
        clock.set(tomorrow.atTime(LocalTime.of(9, 45, 30)).atZone(BusinessTime.ZONE).toInstant());
        assertThat(reminders.sendDueReminders()).isPositive();
        page.reload();
        assertThat(page.locator("#notification-unread")).isVisible();
        page.click("#notification-bell");
        assertThat(page.locator("#notification-menu")).containsText("提醒：" + title);
        screenshot("calendar-reminder-bell");
        page.locator("#notification-menu button", new Page.LocatorOptions().setHasText(title)).first().click();
        page.waitForURL(u -> u.endsWith("/tasks/" + id));
        assertThat(page.locator("#task-reminder")).containsText("已于");

        BrowserContext directors = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 900).setLocale("zh-CN"));
        try {
            page = directors.newPage();
            login("director");
            page.navigate(url("/calendar?date=" + tomorrow));
            assertThat(page.locator("#cal-item-" + id)).hasCount(0);
            page.click("#calendar-team");
            assertThat(page.locator("#cal-item-" + id)).isVisible();
            assertThat(page.locator("#cal-item-" + id)).containsText("张伟");
            page.selectOption("#calendar-member", new com.microsoft.playwright.options.SelectOption().setLabel("张伟"));
            page.waitForURL(u -> u.contains("member="));
            assertThat(page.locator("#cal-item-" + id)).isVisible();
            screenshot("calendar-team-week");
        } finally {
            directors.close();
        }
        assertThat(id).isPositive();
    }
}
