package org.kehu.customer.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;

/** An account manager's day with customers, in the browser as the user sees it. */
class CustomerJourneyBrowserIT extends BrowserTestSupport {

    @Test
    void accountManagerCreatesACustomerWithAContactAndAnInteractionThenFindsItByPinyinInitials() {
        login("manager");
        page.click("#menu-customers");
        page.click("#customer-new");
        page.fill("#customer-name", "襄阳齐鑫精密机械有限公司");
        page.fill("#customer-phone", "0710-3388123");
        page.fill("#customer-taxNumber", "91420600MA49XQ1234");
        page.selectOption("#customer-provinceCode", "420000");
        // A string predicate would be evaluated as script, which the Content-Security-Policy refuses.
        page.locator("#customer-cityCode option").nth(1).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.selectOption("#customer-cityCode", "420600");
        page.selectOption("#customer-natureCode", "PRIVATE");
        page.selectOption("#customer-groupCode", "POTENTIAL");
        page.selectOption("#customer-industryCode", "MACHINERY");
        page.selectOption("#customer-gradeCode", "KEY");
        page.fill("#customer-address", "襄阳市高新区追日路8号");
        screenshot("customer-form");
        page.click("#customer-save");
        page.waitForURL(u -> u.matches(".*/customers/\\d+$"));
        assertThat(page.locator("#customer-title")).containsText("襄阳齐鑫精密机械有限公司");

        page.click("#contact-new");
        page.fill("#contact-name", "郑海涛");
        page.fill("#contact-title", "采购经理");
        page.fill("#contact-mobile", "13907101234");
        page.fill("#contact-email", "zheng.haitao@qixin.example.cn");
        page.check("#contact-primary");
        page.click("#contact-save");
        assertThat(page.locator("#contact-list")).containsText("郑海涛");

        page.fill("#interaction-occurredAt",
                LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        page.selectOption("#interaction-channel", "VISIT");
        page.selectOption("#interaction-contact", new SelectOption().setLabel("郑海涛"));
        page.fill("#interaction-place", "襄阳工厂");
        page.fill("#interaction-summary", "上门拜访，了解数控机床需求");
        page.fill("#interaction-details", "客户计划明年二季度扩产，需要 3 台加工中心。");
        page.click("#interaction-save");
        assertThat(page.locator("#customer-timeline")).containsText("上门拜访，了解数控机床需求");
        screenshot("customer-page-with-timeline");

        page.click("#menu-customers");
        page.waitForLoadState();
        page.fill("#filter-q", "xyqxjm");
        page.waitForURL(u -> u.contains("q=xyqxjm"));
        assertThat(page.locator("#customer-rows")).containsText("襄阳齐鑫精密机械有限公司");
        assertThat(page.locator("#customer-rows .customer-link")).hasCount(1);
        screenshot("customer-list-pinyin-search");
    }

    @Test
    void accountManagerExportsTheFilteredListAsCsvAndExcel() throws Exception {
        login("manager");
        page.navigate(url("/customers?group=CURRENT"));
        Download csv = page.waitForDownload(() -> page.click("#customer-export-csv"));
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        long rows = text.lines().count() - 1;
        assertThat(rows).isPositive();
        assertThat(text).doesNotContain("潜在客户");

        Download xlsx = page.waitForDownload(() -> page.click("#customer-export-xlsx"));
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        assertThat(Files.size(xlsx.path())).isPositive();
        screenshot("customer-list-export");
    }

    @Test
    void accountManagerImportsAFileWithOneBadRowAndReadsThatRowsError() throws Exception {
        login("manager");
        page.navigate(url("/customers/import"));
        Download template = page.waitForDownload(() -> page.click("#import-template-csv"));
        String header = Files.readString(template.path(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();

        Path file = Files.createTempFile("kehu-import", ".csv");
        Files.writeString(file, header + "\n"
                + row(header, "宜昌长江阀门制造有限公司", "0717-6543210", "PRIVATE", "吴建军", "13971700001") + "\n"
                + row(header, "", "0717-0000000", "PRIVATE", "无名氏", "13971700002") + "\n",
                StandardCharsets.UTF_8);

        page.setInputFiles("#import-file", file);
        page.check("#import-mode-valid");
        page.click("#import-submit");
        assertThat(page.locator("#import-report")).isVisible();
        assertThat(page.locator("#import-errors tr.import-error")).hasCount(1);
        assertThat(page.locator("#import-errors tr.import-error[data-row='3'] .import-error-field")).containsText("客户名称");
        assertThat(page.locator("#import-count-customers")).containsText("1");
        screenshot("customer-import-report");

        page.navigate(url("/customers?q=" + java.net.URLEncoder.encode("宜昌长江阀门", StandardCharsets.UTF_8)));
        assertThat(page.locator("#customer-rows")).containsText("宜昌长江阀门制造有限公司");
    }

    /** A CSV row in the template's column order: only the columns the test cares about are filled. */
    private static String row(String header, String name, String phone, String nature, String contact, String mobile) {
        String[] columns = header.replace("\uFEFF", "").split(",");
        String[] values = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i].trim().replace("\"", "").replace("*", "");
            values[i] = switch (c) {
                case "客户名称" -> name;
                case "电话" -> phone;
                case "客户性质" -> nature;
                case "联系人姓名", "联系人" -> contact;
                case "联系人手机", "手机" -> mobile;
                default -> "";
            };
        }
        return String.join(",", values);
    }
}
