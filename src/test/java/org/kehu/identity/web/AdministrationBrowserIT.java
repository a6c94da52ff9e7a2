package org.kehu.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;

class AdministrationBrowserIT extends BrowserTestSupport {

    @Test
    void administratorCreatesARoleAndAUserWhoSignsInWithIt() {
        login("admin");

        page.navigate(url("/admin/roles/new"));
        page.fill("#role-code", "KEY_ACCOUNTS");
        page.fill("#role-name-zh", "大客户专员");
        page.fill("#role-name-en", "Key account specialist");
        page.selectOption("#role-data-scope", "DEPARTMENT");
        page.check("#perm-customer-view");
        page.check("#perm-customer-export");
        screenshot("admin-role-form");
        page.click("#role-save");
        page.waitForURL(u -> u.matches(".*/admin/roles/\\d+$"));
        assertThat(page.locator("#perm-customer-view")).isChecked();
        assertThat(page.locator("#perm-user-view")).not().isChecked();

        page.navigate(url("/admin/users/new"));
        page.fill("#user-username", "keyaccounts1");
        page.fill("#user-name", "吴芳");
        page.fill("#user-employee-code", "S0777");
        page.selectOption("#user-department", new com.microsoft.playwright.options.SelectOption().setLabel("销售部"));
        page.fill("#user-email", "wufang@kehu.example.cn");
        page.fill("#user-initial-password", "Start-2026-pw");
        page.check("#user-role-KEY_ACCOUNTS");
        page.click("#user-save");
        page.waitForURL(u -> u.matches(".*/admin/users/\\d+$"));
        screenshot("admin-user-created");

        page.navigate(url("/admin/users?q=keyaccounts1"));
        assertThat(page.locator("#user-row-keyaccounts1")).containsText("吴芳");

        page.click("#user-menu");
        page.click("#logout");
        login("keyaccounts1", "Start-2026-pw");
        assertThat(page.locator("#menu-customers")).isVisible();
        assertThat(page.locator("#menu-users")).hasCount(0);
        screenshot("admin-new-user-home");
    }

    @Test
    void refusesAUserWithATakenUsernameBesideTheField() {
        login("admin");
        page.navigate(url("/admin/users/new"));
        page.fill("#user-username", "manager");
        page.fill("#user-name", "重复的人");
        page.fill("#user-initial-password", "Another-pw-1");
        page.click("#user-save");
        assertThat(page.locator("#user-username")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
        screenshot("admin-user-taken-username");
    }
}
