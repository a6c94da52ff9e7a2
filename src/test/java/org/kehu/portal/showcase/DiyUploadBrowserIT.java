package org.kehu.portal.showcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 上传DIY产品 on a phone (390 × 844): `buyer` uploads a design with a picture and a STEP model, marketing recommends
 * it in the back office, and it appears among the public excellent designs.
 */
class DiyUploadBrowserIT extends BrowserTestSupport {

    private static final String TITLE = "浏览器测试：快换夹具";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheDesign() {
        jdbc.sql("delete from portal_file where owner_kind = 'DIY' and owner_id in (select id from portal_diy_design where title = ?)")
                .param(TITLE).update();
        jdbc.sql("delete from portal_diy_design where title = ?").param(TITLE).update();
    }

    @Test
    void theBuyerUploadsADesignOnAPhoneWhichAppearsPubliclyOnceRecommended() throws Exception {
        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN").setIsMobile(true).setHasTouch(true))) {
            Page p = phone.newPage();
            p.navigate(url("/portal/login"));
            p.fill("#portal-username", "buyer");
            p.fill("#portal-password", "demo123");
            p.click("#portal-login-submit");
            p.waitForURL(u -> u.endsWith("/portal/me"));
            p.click("#portal-me-designs");
            assertThat(p.locator("#own-designs-title")).isVisible();
            p.click("#own-design-new");

            p.click("#design-submit"); // nothing filled in: the messages stand beside the fields
            assertThat(p.locator("#design-title-error")).isVisible();
            assertThat(p.locator("#design-files-error")).isVisible();

            p.fill("#design-title", TITLE);
            p.fill("#design-description", "一种用于数控车床的快换夹具，附照片和三维模型。");
            p.setInputFiles("#design-files", new FilePayload[] {
                new FilePayload("夹具照片.png", "image/png", DemoPictures.png(7, "J")),
                new FilePayload("fixture.step", "application/octet-stream",
                        "ISO-10303-21;\nHEADER;\nENDSEC;\n".getBytes(StandardCharsets.US_ASCII))});
            p.check("#design-publish");
            shot(p, "portal-diy-upload-phone");
            p.click("#design-submit");
            assertThat(p.locator("#own-design-status")).hasText("待审核");
            assertThat(p.locator("#own-design-files li")).hasCount(2);
            shot(p, "portal-diy-submitted-phone");

            long id = jdbc.sql("select id from portal_diy_design where title = ?").param(TITLE).query(Long.class).single();
            login("marketing");
            page.navigate(url("/diy-designs/" + id));
            assertThat(page.locator("#diy-title")).hasText(TITLE);
            page.click("#diy-recommend");
            assertThat(page.locator("#diy-status")).hasText("已推荐");
            screenshot("diy-review-recommended");

            p.navigate(url("/portal/designs"));
            assertThat(p.locator("#own-design-" + id)).containsText("已推荐");
            p.navigate(url("/portal/catalog/designs"));
            assertThat(p.locator("#design-list")).containsText(TITLE);
            shot(p, "portal-diy-public-phone");
        }
    }

    private static void shot(Page p, String name) throws java.io.IOException {
        var dir = java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target", "screenshots"));
        p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }
}
