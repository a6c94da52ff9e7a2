package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OrderPageTests extends OrderTestSupport {

    @Test
    void theListShowsOnesOwnOrdersAndItsRowsAloneToHtmx() throws Exception {
        JsonNode order = createOrder();
        String number = order.get("number").asString();
        mvc.perform(get("/orders").with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"order-table\""), containsString(number))));
        mvc.perform(get("/orders").param("q", number).header("HX-Request", "true").header("HX-Target", "order-rows")
                .with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(number), not(containsString("<html")))));
        mvc.perform(get("/orders").param("q", number).with(as("manager2")))
                .andExpect(content().string(allOf(not(containsString("order-row-" + order.get("id").asLong() + "\"")),
                        containsString("id=\"order-empty\""))));
    }

    @Test
    void theNewOrderFormStartsFromTheCustomerWithTheirAddress() throws Exception {
        mvc.perform(get("/orders/new").param("customer", String.valueOf(customer)).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("测试订单客户有限公司"), containsString("光谷大道1号"),
                        containsString("id=\"order-add-line\""), containsString("id=\"line-0-search\""))));
        mvc.perform(get("/orders/new").param("customer", String.valueOf(customer)).with(as("manager2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void choosingAProductFillsItsPriceIntoTheLine() throws Exception {
        mvc.perform(get("/orders/products").param("index", "1").param("q", "T-GEAR").with(as("manager")))
                .andExpect(content().string(containsString("id=\"line-1-option-" + gear + "\"")));
        mvc.perform(get("/orders/line").param("index", "1").param("productId", String.valueOf(gear))
                .param("lines[1].quantity", "3").with(as("manager")))
                .andExpect(content().string(allOf(containsString("测试齿轮"), containsString("value=\"200.00\""),
                        containsString("value=\"3\""), containsString("¥600.00"))));
    }

    @Test
    void aBadLineIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/orders").with(as("manager")).with(csrf()).param("customerId", String.valueOf(customer))
                .param("warehouseId", String.valueOf(warehouse))
                .param("lines[0].productId", String.valueOf(gear)).param("lines[0].quantity", "0")
                .param("lines[2].productId", String.valueOf(gear)).param("lines[2].quantity", "1").param("lines[2].discount", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("数量必须大于零"), containsString("折扣须在 0 到 100 % 之间"))));
        assertThat(jdbc.sql("select count(*) from sales_order where customer_id = ?").param(customer).query(Long.class).single()).isZero();
    }

    @Test
    void savingTheFormCreatesTheOrderAndOpensIt() throws Exception {
        mvc.perform(post("/orders").with(as("manager")).with(csrf()).param("customerId", String.valueOf(customer))
                .param("warehouseId", String.valueOf(warehouse))
                .param("lines[0].productId", String.valueOf(gear)).param("lines[0].quantity", "2")
                .param("lines[0].unitPrice", "200.00").param("lines[0].discount", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/orders/*"));
        assertThat(jdbc.sql("select total from sales_order where customer_id = ?").param(customer)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("400");
    }

    @Test
    void theOrderPageOffersTheStepsOfItsStateAndSaysWhyAStepIsRefused() throws Exception {
        long id = createOrder().get("id").asLong();
        mvc.perform(get("/orders/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"order-confirm\""), containsString("id=\"order-cancel\""),
                        containsString("id=\"order-edit\""), not(containsString("id=\"order-ship\"")))));
        mvc.perform(post("/orders/" + id + "/ship").param("version", "0").with(as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("orderError", containsString("只有已确认或生产中的订单可以发货")));
        mvc.perform(post("/orders/" + id + "/confirm").param("version", "0").with(as("manager")).with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post("/orders/" + id + "/cancel").param("version", "0").with(as("manager")).with(csrf()))
                .andExpect(flash().attribute("orderError", containsString("他人保存")));
        mvc.perform(get("/orders/" + id).with(as("manager2"))).andExpect(status().isNotFound());
    }

    @Test
    void trackingShowsTheLatestPlaceProminently() throws Exception {
        long id = createOrder().get("id").asLong();
        step("manager", id, "confirm");
        step("manager", id, "ship");
        mvc.perform(post("/orders/" + id + "/tracking").param("place", "郑州转运中心").param("note", "干线运输中")
                .with(as("manager")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/orders/" + id).with(as("manager")))
                .andExpect(content().string(allOf(containsString("id=\"order-tracking-latest\""), containsString("郑州转运中心"))));
    }

    @Test
    void theCustomerPageHasTheOrderCardAndTheOrdersOnItsTimeline() throws Exception {
        JsonNode order = createOrder();
        String number = order.get("number").asString();
        mvc.perform(get("/customers/" + customer).with(as("manager")))
                .andExpect(content().string(allOf(containsString("id=\"customer-orders\""), containsString(number))));
        mvc.perform(get("/orders/of-customer/" + customer).param("tab", "open").with(as("manager")))
                .andExpect(content().string(allOf(containsString("id=\"customer-orders-tab-open\""), containsString(number))));
        mvc.perform(get("/orders/of-customer/" + customer).param("tab", "completed").with(as("manager")))
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/orders/of-customer/" + customer).with(as("manager2"))).andExpect(status().isNotFound());
    }

    @Test
    void exportsAsExcel() throws Exception {
        createOrder();
        mvc.perform(get("/orders/export").param("format", "xlsx").param("customer", String.valueOf(customer)).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
