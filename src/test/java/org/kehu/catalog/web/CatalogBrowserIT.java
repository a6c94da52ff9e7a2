package org.kehu.catalog.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.kehu.BrowserTestSupport;

/** The sales director keeps the catalogue and the stock, in the browser as the user sees it. */
class CatalogBrowserIT extends BrowserTestSupport {

    @Test
    void directorCreatesAProductReceivesStockSeesItAndAnOutBeyondStockIsRefused() {
        login("director");
        page.click("#menu-products");
        assertThat(page.locator("#product-table")).containsText("P-0001");
        page.click("#product-new");
        page.fill("#product-code", "P-9001");
        page.fill("#product-name", "精密数控平面磨床");
        page.selectOption("#product-categoryId", new SelectOption().setLabel("数控机床"));
        page.fill("#product-model", "MK7132");
        page.fill("#product-specification", "工作台320×1000mm");
        page.selectOption("#product-unitCode", "UNIT");
        page.fill("#product-price", "-10");
        page.fill("#product-lowStockThreshold", "2");
        page.click("#product-save");
        assertThat(page.locator("#product-form")).containsText("价格不能为负数。");
        screenshot("catalog-product-form-refused");
        page.fill("#product-price", "96800");
        page.click("#product-save");
        page.waitForURL(u -> u.matches(".*/products/\\d+$"));
        assertThat(page.locator("#product-title")).containsText("精密数控平面磨床");
        assertThat(page.locator("#details-price")).containsText("¥96,800.00");
        screenshot("catalog-product-page");

        page.click("#product-movement");
        page.waitForLoadState();
        page.selectOption("#movement-kind", "IN");
        page.selectOption("#movement-warehouse", new SelectOption().setLabel("上海总仓"));
        page.fill("#movement-quantity", "8");
        page.fill("#movement-reason", "新品入库");
        page.fill("#movement-reference", "PO-20261124");
        page.click("#movement-save");
        page.waitForURL(u -> u.contains("/inventory?q=P-9001"));
        assertThat(page.locator("#stock-table")).containsText("精密数控平面磨床");
        assertThat(page.locator("#stock-table .stock-available")).hasText("8");
        screenshot("catalog-inventory-after-receipt");

        page.click("#movement-new");
        page.waitForLoadState();
        page.selectOption("#movement-kind", "OUT");
        page.selectOption("#movement-warehouse", new SelectOption().setLabel("上海总仓"));
        page.selectOption("#movement-product", new SelectOption().setLabel("P-9001 精密数控平面磨床 MK7132"));
        assertThat(page.locator("#movement-level")).containsText("可用 8");
        page.fill("#movement-quantity", "10");
        page.fill("#movement-reason", "客户提货");
        page.click("#movement-save");
        assertThat(page.locator("#movement-quantity-error")).containsText("库存不足");
        assertThat(page.locator("#movement-quantity-error")).containsText("8");
        screenshot("catalog-out-beyond-stock-refused");

        page.click("#menu-inventory");
        page.click("#tab-movements");
        // htmx must have bound the filter form before the select changes.
        page.waitForLoadState();
        page.selectOption("#movement-filter-product", new SelectOption().setLabel("P-9001 精密数控平面磨床"));
        assertThat(page.locator("#movement-table")).containsText("新品入库");
        assertThat(page.locator("#movement-table")).containsText("李明华");
        assertThat(page.locator("#movement-table tbody tr")).hasCount(1);
        screenshot("catalog-movement-history");
    }
}
