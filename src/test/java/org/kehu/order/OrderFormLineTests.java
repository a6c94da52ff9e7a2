package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.kehu.catalog.StockLine;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The new-order form's lines: amounts and the total from the server's arithmetic (kept live by a static
 * script), product suggestions with prices and stock, pinyin initials, and a short-stock refusal that
 * says where the stock is.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OrderFormLineTests extends OrderTestSupport {

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void suggestionsShowThePriceWithSeparatorsAndWhatIsAvailableInTheChosenWarehouse() throws Exception {
        String options = html(get("/orders/products").param("index", "0").param("q", "T-SHAFT")
                .param("warehouseId", String.valueOf(warehouse)).with(as("manager")));
        assertThat(options).contains("id=\"line-0-option-" + shaft + "-price\">¥1,000.00<",
                "id=\"line-0-option-" + shaft + "-available\"", "可用 3");
        String english = html(get("/orders/products").param("index", "0").param("q", "T-GEAR")
                .param("warehouseId", String.valueOf(warehouse)).cookie(new Cookie("kehu-lang", "en")).with(as("manager")));
        assertThat(english).contains("¥200.00", "10 available");
    }

    @Test
    void theSearchBoxSendsTheChosenWarehouse() throws Exception {
        String form = html(get("/orders/new").param("customer", String.valueOf(customer)).with(as("manager")));
        assertThat(form).contains("id=\"line-0-search\"", "hx-include=\"#order-warehouseId\"");
    }

    @Test
    void pinyinInitialsFindAProductWhoseNameWasSavedThroughTheCatalogue() throws Exception {
        long category = jdbc.sql("select id from product_category where code = 'CNC'").query(Long.class).single();
        mvc.perform(post("/products").with(as("director")).with(csrf()).param("code", "T-PY-1").param("name", "数控立式加工中心")
                .param("categoryId", String.valueOf(category)).param("unitCode", "UNIT").param("price", "386000")
                .param("lowStockThreshold", "0").param("status", "ON_SALE"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name_initials from product where code = 'T-PY-1'").query(String.class).single())
                .isEqualTo("sklsjgzx");
        String options = html(get("/orders/products").param("index", "2").param("q", "sklsjg").with(as("manager")));
        assertThat(options).contains("T-PY-1 数控立式加工中心", "¥386,000.00");
    }

    @Test
    void existingProductsHaveTheirInitials() {
        assertThat(jdbc.sql("select count(*) from product where name_initials = '' and code like 'P-%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void eachLineShowsItsAmountAndTheFormTheTotalAsTheServerComputesThem() throws Exception {
        // A line with a bad quantity shows the form again, with the amounts of the good lines and their total.
        String form = html(post("/orders").with(as("manager")).with(csrf()).param("customerId", String.valueOf(customer))
                .param("warehouseId", String.valueOf(warehouse))
                .param("lines[0].productId", String.valueOf(gear)).param("lines[0].quantity", "2")
                .param("lines[0].unitPrice", "200.00").param("lines[0].discount", "10")
                .param("lines[1].productId", String.valueOf(shaft)).param("lines[1].quantity", "1.5")
                .param("lines[1].unitPrice", "1000.00")
                .param("lines[2].productId", String.valueOf(gear)).param("lines[2].quantity", "0"));
        assertThat(form).contains("id=\"line-0-amount\">¥360.00<", "id=\"line-1-amount\">¥1,500.00<",
                "id=\"order-form-total\">¥1,860.00<", "/js/order-form.js");
        // No inline script: the live amounts, adding and removing lines are in the static script.
        assertThat(form).doesNotContain("onclick=", "js:{", "oninput=");
        String added = html(get("/orders/line").param("index", "3").param("productId", String.valueOf(shaft))
                .param("lines[3].quantity", "1234").with(as("manager")));
        assertThat(added).contains("id=\"line-3-amount\">¥1,234,000.00<", "order-line-remove");
    }

    @Test
    void aShortStockRefusalNamesTheWarehouseAndTheOneThatHasTheStock() throws Exception {
        long other = jdbc.sql("insert into warehouse(code, name, sort_order) values ('T-WH-ORD2', '测试二号仓库', 98) returning id")
                .query(Long.class).single();
        inventory.receive(other, List.of(new StockLine(shaft, BigDecimal.valueOf(1200))), "opening stock", null);
        long id = json.readTree(postOrder("manager", orderJson("{\"productId\":" + shaft + ",\"quantity\":5}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();

        String refusal = (String) mvc.perform(post("/orders/" + id + "/confirm").param("version", "0").with(as("manager"))
                .with(csrf())).andReturn().getFlashMap().get("orderError");
        assertThat(refusal).isEqualTo("测试仓库的 T-SHAFT 测试传动轴 库存不足：可用 3，需要 5。测试二号仓库有 1,200 可用。");

        String english = mvc.perform(post("/api/v1/orders/" + id + "/confirm").with(as("manager")).with(csrf())
                .cookie(new Cookie("kehu-lang", "en"))).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Not enough stock of T-SHAFT 测试传动轴 in 测试仓库: 3 available, 5 needed. "
                + "测试二号仓库 has 1,200 available.");
    }

    @Test
    void whenNoWarehouseHasEnoughTheRefusalSaysSo() throws Exception {
        long id = json.readTree(postOrder("manager", orderJson("{\"productId\":" + gear + ",\"quantity\":11}"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        String refusal = (String) mvc.perform(post("/orders/" + id + "/confirm").param("version", "0").with(as("manager"))
                .with(csrf())).andReturn().getFlashMap().get("orderError");
        assertThat(refusal).contains("测试仓库的 T-GEAR 测试齿轮 库存不足：可用 10，需要 11。", "其他仓库也没有足够的库存。");
    }
}
