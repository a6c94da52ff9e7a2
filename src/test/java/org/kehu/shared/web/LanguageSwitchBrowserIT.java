package org.kehu.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;

class LanguageSwitchBrowserIT extends BrowserTestSupport {

    @Test
    void switchesThePagesFromChineseToEnglishAndRemembersIt() {
        login("manager");
        assertThat(page.locator("#menu-customers")).hasText("客户");
        assertThat(page.locator("html")).hasAttribute("lang", "zh");

        page.click("#language-menu");
        page.click("#lang-en");

        assertThat(page.locator("#menu-customers")).hasText("Customers");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        screenshot("language-switch-english");

        page.navigate(url("/"));
        assertThat(page.locator("#menu-customers")).hasText("Customers");

        page.click("#menu-customers");
        assertThat(page.locator("#customer-new")).containsText("New customer");
        screenshot("customer-list-english");
        page.locator("#customer-rows .customer-link").first().click();
        assertThat(page.locator("#customer-edit")).containsText("Edit");
        screenshot("customer-page-english");
    }

    @Test
    void refusesAWrongPasswordWithAMessageOnTheLoginPage() {
        page.navigate(url("/login"));
        page.fill("#username", "manager");
        page.fill("#password", "wrong-password");
        page.click("#login-submit");
        assertThat(page.locator("#login-error")).hasText("用户名或密码错误。");
        screenshot("login-wrong-password");
    }
}
