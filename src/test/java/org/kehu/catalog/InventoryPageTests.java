package org.kehu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class InventoryPageTests extends CatalogTestSupport {

    @Test
    void stockPageShowsOnHandReservedAndAvailablePerWarehouseWithFilters() throws Exception {
        String page = html(get("/inventory").with(as("service")));
        assertThat(page).contains("id=\"stock-filter\"", "id=\"stock-warehouse\"", "id=\"stock-category\"", "id=\"stock-below\"",
                "id=\"stock-table\"", "上海总仓", "武汉分仓", "P-0001").doesNotContain("id=\"movement-new\"");
        String wuhan = html(get("/inventory").param("warehouse", String.valueOf(warehouseId("WH-WH")))
                .header("HX-Request", "true").header("HX-Target", "stock-rows").with(as("service")));
        assertThat(wuhan).contains("武汉分仓", "id=\"stock-rows\"").doesNotContain("上海总仓", "<html");
        String below = html(get("/inventory").param("below", "true").with(as("service")));
        assertThat(below).contains("P-0003", "table-warning").doesNotContain("P-0001<");
    }

    @Test
    void belowThresholdListNamesTheShortageAndExportsAsCsv() throws Exception {
        String page = html(get("/inventory/below").with(as("director")));
        assertThat(page).contains("id=\"below-table\"", "P-0026", "交流伺服电机", "id=\"below-receive-" + productId("P-0026") + "\"")
                .doesNotContain("P-0001<");
        var response = mvc.perform(get("/inventory/below/export").with(as("director"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("缺口", "P-0026")
                .doesNotContain("P-0001,");
    }

    @Test
    void recordsAReceiptAndShowsTheNewLevel() throws Exception {
        long product = createProduct("T-IP-1", "库存页面测试阀", "500").get("id").asLong();
        mvc.perform(post("/inventory/movements").with(as("director")).with(csrf()).param("kind", "IN")
                .param("warehouseId", String.valueOf(warehouseId("WH-SH"))).param("productId", String.valueOf(product))
                .param("quantity", "12.5").param("reason", "采购入库"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inventory?q=T-IP-1"));
        String page = html(get("/inventory").param("q", "T-IP-1").with(as("director")));
        assertThat(page).contains("库存页面测试阀", "12.5");
        assertThat(html(get("/inventory/movements").param("product", String.valueOf(product)).with(as("director"))))
                .contains("采购入库", "李明华", "入库");
        assertThat(html(get("/inventory/movements/level").param("productId", String.valueOf(product))
                .param("warehouseId", String.valueOf(warehouseId("WH-SH"))).header("HX-Request", "true").with(as("director"))))
                .contains("id=\"movement-level\"", "可用 12.5 台").doesNotContain("<html");
    }

    @Test
    void anOutBeyondStockIsRefusedBesideTheQuantityAndNothingChanges() throws Exception {
        long product = createProduct("T-IP-2", "超量出库测试", "500").get("id").asLong();
        String wh = String.valueOf(warehouseId("WH-SH"));
        mvc.perform(post("/inventory/movements").with(as("director")).with(csrf()).param("kind", "IN")
                .param("warehouseId", wh).param("productId", String.valueOf(product)).param("quantity", "3"));
        String page = html(post("/inventory/movements").with(as("director")).with(csrf()).param("kind", "OUT")
                .param("warehouseId", wh).param("productId", String.valueOf(product)).param("quantity", "5").param("reason", "报废"));
        assertThat(page).contains("id=\"movement-form\"", "id=\"movement-quantity-error\"", "T-IP-2", "库存不足");
        assertThat(jdbc.sql("select on_hand from stock where product_id = ?").param(product).query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("3");
    }

    @Test
    void badMovementInputIsShownBesideEachField() throws Exception {
        String page = html(post("/inventory/movements").with(as("director")).with(csrf()).param("kind", "ADJUST")
                .param("quantity", "0"));
        assertThat(page).contains("is-invalid", "必填。", "调整数量不能为零。");
        String negative = html(post("/inventory/movements").with(as("director")).with(csrf()).param("kind", "IN")
                .param("warehouseId", String.valueOf(warehouseId("WH-SH"))).param("productId", String.valueOf(productId("P-0021")))
                .param("quantity", "-1"));
        assertThat(negative).contains("数量必须大于零");
        String text = html(post("/inventory/movements").with(as("director")).with(csrf()).param("kind", "IN").param("quantity", "abc"));
        assertThat(text).contains("数量须为数字");
    }

    @Test
    void movementHistoryExportsAsCsv() throws Exception {
        var response = mvc.perform(get("/inventory/movements/export").param("product", String.valueOf(productId("P-0001")))
                .with(as("service"))).andExpect(status().isOk()).andReturn().getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("产品编号", "P-0001", "期初库存", "入库").doesNotContain("P-0002");
    }

    @Test
    void stockLevelsExportAsCsvForTheChosenWarehouse() throws Exception {
        var response = mvc.perform(get("/inventory/export").param("warehouse", String.valueOf(warehouseId("WH-WH")))
                .with(as("service"))).andExpect(status().isOk()).andReturn().getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("产品编号", "可用", "武汉分仓", "P-0001").doesNotContain("上海总仓");
        mvc.perform(get("/inventory/export").with(as("marketing"))).andExpect(status().isForbidden());
    }

    @Test
    void warehousesAreListedCreatedAndEdited() throws Exception {
        assertThat(html(get("/inventory/warehouses").with(as("director")))).contains("上海总仓", "id=\"warehouse-new\"");
        mvc.perform(post("/inventory/warehouses").with(as("director")).with(csrf()).param("code", "WH-CD")
                .param("name", "成都分仓").param("address", "成都市双流区").param("sortOrder", "30"))
                .andExpect(status().is3xxRedirection());
        long id = warehouseId("WH-CD");
        mvc.perform(post("/inventory/warehouses/" + id).with(as("director")).with(csrf()).param("code", "WH-CD")
                .param("name", "成都仓").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/inventory/warehouses/" + id).with(as("director")).with(csrf()).param("code", "WH-CD")
                .param("name", "成都老仓").param("version", "0")).andExpect(status().isConflict());
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_log where entity_type = 'warehouse' and entity_id = ?")
                .param(id).query(String.class).single()).isEqualTo("CREATE,UPDATE");
    }

    @Test
    void withoutInventoryPermissionsThePagesAnswer403() throws Exception {
        mvc.perform(get("/inventory").with(as("marketing"))).andExpect(status().isForbidden());
        mvc.perform(get("/inventory/movements/export").with(as("marketing"))).andExpect(status().isForbidden());
        mvc.perform(get("/inventory/movements/new").with(as("service"))).andExpect(status().isForbidden());
        mvc.perform(post("/inventory/warehouses").with(as("service")).with(csrf()).param("code", "X"))
                .andExpect(status().isForbidden());
    }
}
