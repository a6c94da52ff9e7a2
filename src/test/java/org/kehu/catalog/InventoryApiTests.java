package org.kehu.catalog;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class InventoryApiTests extends CatalogTestSupport {

    private ResultActions move(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/inventory/movements").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void receivingTakingOutAndAdjustingChangesTheStockAndRecordsWhoAndWhy() throws Exception {
        long product = createProduct("T-INV-1", "入库测试泵", "3000").get("id").asLong();
        long wh = warehouseId("WH-WH");
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"IN\",\"quantity\":10,\"reason\":\"采购入库\",\"reference\":\"PO-1\"}"
                .formatted(wh, product))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("IN"))
                .andExpect(jsonPath("$.onHandAfter").value(10.0))
                .andExpect(jsonPath("$.actorName").value("李明华"));
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"OUT\",\"quantity\":3,\"reason\":\"样品\"}".formatted(wh, product))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.onHandAfter").value(7.0));
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"ADJUST\",\"quantity\":-2,\"reason\":\"盘亏\"}".formatted(wh, product))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.onHandAfter").value(5.0));

        mvc.perform(get("/api/v1/products/" + product + "/stock").with(as("service")))
                .andExpect(jsonPath("$[?(@.warehouseId == %d)].available".formatted(wh)).value(hasItem(5.0)));
        mvc.perform(get("/api/v1/inventory/movements").param("product", String.valueOf(product)).with(as("service")))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].kind").value("ADJUST"))
                .andExpect(jsonPath("$.items[0].reason").value("盘亏"))
                .andExpect(jsonPath("$.items[0].quantity").value(-2.0));
    }

    @Test
    void refusesTakingOutMoreThanIsAvailableWith409NamingTheProduct() throws Exception {
        long product = createProduct("T-INV-2", "出库超量测试", "100").get("id").asLong();
        long wh = warehouseId("WH-SH");
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"IN\",\"quantity\":4}".formatted(wh, product))
                .andExpect(status().isCreated());
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"OUT\",\"quantity\":5,\"reason\":\"发错货\"}".formatted(wh, product))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("T-INV-2")))
                .andExpect(jsonPath("$.detail").value(containsString("4")));
        mvc.perform(get("/api/v1/products/" + product + "/stock").with(as("director")))
                .andExpect(jsonPath("$[?(@.warehouseId == %d)].onHand".formatted(wh)).value(hasItem(4.0)));
    }

    @Test
    void refusesZeroAndNegativeQuantitiesAndAnOutWithoutReason() throws Exception {
        long product = productId("P-0021");
        long wh = warehouseId("WH-SH");
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"IN\",\"quantity\":0}".formatted(wh, product))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"));
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"IN\",\"quantity\":-3}".formatted(wh, product))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"));
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"ADJUST\",\"quantity\":0,\"reason\":\"x\"}".formatted(wh, product))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"));
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"OUT\",\"quantity\":1}".formatted(wh, product))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        move("director", "{\"warehouseId\":%d,\"productId\":%d,\"quantity\":1}".formatted(wh, product))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        move("director", "{\"warehouseId\":987654,\"productId\":987654,\"kind\":\"LOST\",\"quantity\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("warehouseId", "productId", "kind")));
    }

    @Test
    void listsStockByWarehouseAndWhatIsBelowTheThreshold() throws Exception {
        long wh = warehouseId("WH-WH");
        mvc.perform(get("/api/v1/inventory").param("warehouse", String.valueOf(wh)).with(as("service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].warehouseId").value(everyItem(is((int) wh))));
        mvc.perform(get("/api/v1/inventory").param("below", "true").param("size", "500").with(as("service")))
                .andExpect(jsonPath("$.items[*].belowThreshold").value(everyItem(is(true))))
                .andExpect(jsonPath("$.items[*].productCode").value(hasItem("P-0003")));
        mvc.perform(get("/api/v1/inventory/below-threshold").with(as("service")))
                .andExpect(jsonPath("$[*].code").value(hasItem("P-0026")));
    }

    @Test
    void warehousesAreCreatedAndAStaleEditIsRefused() throws Exception {
        String created = mvc.perform(post("/api/v1/inventory/warehouses").with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"WH-T1\",\"name\":\"成都测试仓\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(put("/api/v1/inventory/warehouses/" + id).with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"WH-T1\",\"name\":\"成都仓\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/inventory/warehouses/" + id).with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"WH-T1\",\"name\":\"成都二仓\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/inventory/warehouses").with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"WH-SH\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name")));
    }

    @Test
    void withoutInventoryPermissionsTheApiAnswers403() throws Exception {
        mvc.perform(get("/api/v1/inventory").with(as("marketing"))).andExpect(status().isForbidden());
        move("service", "{\"warehouseId\":%d,\"productId\":%d,\"kind\":\"IN\",\"quantity\":1}"
                .formatted(warehouseId("WH-SH"), productId("P-0021")))
                .andExpect(status().isForbidden());
    }
}
