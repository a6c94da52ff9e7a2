package org.kehu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CatalogPageTests extends CatalogTestSupport {

    @Test
    void listShowsFiltersExportAndRowsAndHtmxGetsOnlyTheRows() throws Exception {
        String page = html(get("/products").param("q", "加工中心").with(as("director")));
        assertThat(page).contains("id=\"filter-q\"", "id=\"filter-category\"", "id=\"filter-status\"",
                "id=\"product-export-csv\"", "id=\"product-export-xlsx\"", "id=\"product-new\"", "立式加工中心", "<html")
                .doesNotContain("三相异步电动机");
        String rows = html(get("/products").param("status", "DISCONTINUED").header("HX-Request", "true")
                .header("HX-Target", "product-rows").with(as("director")));
        assertThat(rows).contains("id=\"product-rows\"", "停售").doesNotContain("<html", "在售");
    }

    @Test
    void pagesSpeakEnglishWhenAskedWithCategoryAndUnitLabelsInEnglish() throws Exception {
        String page = html(get("/products/" + productId("P-0001")).param("lang", "en").with(as("director")));
        assertThat(page).contains("CNC machine tools", "Stock by warehouse", "Components", "On sale", ">Unit<");
        String stock = html(get("/inventory/below").param("lang", "en").with(as("director")));
        assertThat(stock).contains("Below threshold", "Shortage");
    }

    @Test
    void aProductReaderWithoutInventoryRightsSeesNeitherStockNorMovements() throws Exception {
        String marketing = html(get("/products/" + productId("P-0001")).with(as("marketing")));
        assertThat(marketing).contains("P-0001").doesNotContain("id=\"product-stock\"", "id=\"product-movements\"");
        String director = html(get("/products/" + productId("P-0001")).with(as("director")));
        assertThat(director).contains("id=\"product-stock\"", "id=\"product-movements\"");
    }

    @Test
    void theListPagesByCode() throws Exception {
        String first = html(get("/products").with(as("director")));
        assertThat(first).contains("P-0020", "id=\"page-next\"").doesNotContain("P-0021", "id=\"page-previous\"");
        // The next link carries the opaque cursor of the page's last row.
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"page-next\"[^>]*href=\"[^\"]*after=([^\"&]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String second = html(get("/products").param("after", java.net.URLDecoder.decode(next.group(1),
                java.nio.charset.StandardCharsets.UTF_8)).with(as("director")));
        assertThat(second).contains("P-0021", "P-0040", "id=\"page-previous\"").doesNotContain("P-0020<");
    }

    @Test
    void productPageShowsDetailsComponentsOptionsStockAndMovements() throws Exception {
        String page = html(get("/products/" + productId("P-0001")).with(as("director")));
        assertThat(page).contains("id=\"product-title\"", "数控车床", "CK6150", "数控机床", "¥168,000.00",
                "id=\"product-components\"", "四工位电动刀架", "id=\"product-options\"", "发那科 0i-TF Plus", "+¥38,000.00",
                "id=\"product-stock\"", "上海总仓", "武汉分仓", "id=\"product-movements\"", "期初库存",
                "id=\"product-edit\"", "id=\"component-form\"");
        assertThat(html(get("/products/" + productId("P-0011")).with(as("director")))).contains("−¥1,200.00");
    }

    @Test
    void createFormShowsMessagesBesideFieldsAndSavesNothing() throws Exception {
        String page = html(post("/products").with(as("director")).with(csrf()).param("code", "T-PG-1").param("name", "")
                .param("categoryId", String.valueOf(categoryId("CNC"))).param("unitCode", "UNIT")
                .param("price", "-5").param("lowStockThreshold", "-1"));
        assertThat(page).contains("id=\"product-form\"", "is-invalid", "必填。", "价格不能为负数。", "预警值不能为负数。");
        assertThat(jdbc.sql("select count(*) from product where code = 'T-PG-1'").query(Long.class).single()).isZero();
        String notANumber = html(post("/products").with(as("director")).with(csrf()).param("code", "T-PG-1")
                .param("name", "x").param("price", "十万"));
        assertThat(notANumber).contains("价格须为数字");
    }

    @Test
    void createsAProductAndEditsIt() throws Exception {
        mvc.perform(post("/products").with(as("director")).with(csrf()).param("code", "T-PG-2").param("name", "精密平面磨床")
                .param("categoryId", String.valueOf(categoryId("CNC"))).param("model", "M7132").param("unitCode", "UNIT")
                .param("price", "86000").param("lowStockThreshold", "2").param("status", "ON_SALE"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/products/*"));
        long id = productId("T-PG-2");
        assertThat(html(get("/products/" + id + "/edit").with(as("director")))).contains("M7132", "id=\"product-save\"");
        mvc.perform(post("/products/" + id).with(as("director")).with(csrf()).param("code", "T-PG-2").param("name", "精密平面磨床")
                .param("categoryId", String.valueOf(categoryId("CNC"))).param("unitCode", "UNIT").param("price", "88000")
                .param("status", "DISCONTINUED").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'product' and entity_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(html(get("/products/" + id).with(as("director")))).contains("¥88,000.00", "停售");
    }

    @Test
    void savingAStaleFormAnswers409WithAMessage() throws Exception {
        long id = createProduct("T-PG-3", "并发页面测试", "1000").get("id").asLong();
        String cnc = String.valueOf(categoryId("CNC"));
        mvc.perform(post("/products/" + id).with(as("director")).with(csrf()).param("code", "T-PG-3").param("name", "改一")
                .param("categoryId", cnc).param("unitCode", "UNIT").param("price", "1000").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/products/" + id).with(as("admin")).with(csrf()).param("code", "T-PG-3").param("name", "改二")
                .param("categoryId", cnc).param("unitCode", "UNIT").param("price", "1000").param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(html(post("/products/" + id).with(as("admin")).with(csrf()).param("code", "T-PG-3").param("name", "改二")
                .param("categoryId", cnc).param("unitCode", "UNIT").param("price", "1000").param("version", "0")))
                .contains("id=\"product-conflict\"");
    }

    @Test
    void componentWithZeroQuantityIsRefusedBesideTheField() throws Exception {
        long id = createProduct("T-PG-4", "部件页面测试", "1000").get("id").asLong();
        var result = mvc.perform(post("/products/" + id + "/components").with(as("director")).with(csrf())
                .param("partName", "电气柜").param("quantity", "0")).andReturn();
        // Sessions live in the database: the redirect's page finds the flash in the session the cookie names.
        String page = html(get("/products/" + id).with(as("director"))
                .cookie(result.getResponse().getCookie("SESSION")));
        assertThat(page).contains("id=\"component-quantity-error\"", "数量必须大于零");
    }

    @Test
    void serviceStaffSeeProductsButMayNotCreateEditOrExport() throws Exception {
        assertThat(html(get("/products").with(as("service")))).contains("P-0001").doesNotContain("id=\"product-new\"",
                "id=\"product-export-csv\"");
        mvc.perform(get("/products/new").with(as("service"))).andExpect(status().isForbidden());
        mvc.perform(get("/products/export").with(as("service"))).andExpect(status().isForbidden());
        mvc.perform(post("/products").with(as("service")).with(csrf()).param("code", "T-NO")).andExpect(status().isForbidden());
        mvc.perform(get("/products/" + productId("P-0001") + "/edit").with(as("service"))).andExpect(status().isForbidden());
    }

    @Test
    void exportsTheFilteredListAsCsvWithLabels() throws Exception {
        var response = mvc.perform(get("/products/export").param("format", "csv").param("category",
                String.valueOf(categoryId("MOTOR"))).with(as("director")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(11);
        assertThat(csv).contains("编号", "电机", "台", "YE3-132M-4").doesNotContain("CK6150");
        mvc.perform(get("/products/export").param("format", "xlsx").with(as("director")))
                .andExpect(status().isOk());
    }

    @Test
    void categoriesAreAdministered() throws Exception {
        assertThat(html(get("/products/categories").with(as("director")))).contains("数控机床", "CNC machine tools");
        String refused = html(post("/products/categories").with(as("director")).with(csrf()).param("code", "CNC")
                .param("nameZh", "").param("nameEn", "x"));
        assertThat(refused).contains("该编号已被使用。", "必填。");
        mvc.perform(post("/products/categories").with(as("director")).with(csrf()).param("code", "TOOLS")
                .param("nameZh", "刀具").param("nameEn", "Cutting tools").param("sortOrder", "70"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/products/categories").with(as("service")).with(csrf()).param("code", "X"))
                .andExpect(status().isForbidden());
    }
}
