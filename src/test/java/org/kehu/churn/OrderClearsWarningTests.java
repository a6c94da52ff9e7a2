package org.kehu.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.kehu.catalog.Inventory;
import org.kehu.catalog.StockLine;
import org.kehu.order.OrderHistoryImported;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * A warned or lost customer who buys again leaves the warning by itself: the order events are handled after their
 * transaction commits, so this test commits and waits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class OrderClearsWarningTests extends ChurnTestSupport {

    @Autowired
    Inventory inventory;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    long product;
    long warehouse;

    @BeforeEach
    void productInStock() {
        String u = unique();
        long category = jdbc.sql("insert into product_category(code, name_zh, name_en) values (:c, '流失测试', 'Churn test') returning id")
                .param("c", "TCH" + u.substring(Math.max(0, u.length() - 8))).query(Long.class).single();
        product = jdbc.sql("insert into product(code, name, category_id, unit_code, price) values (:c, '测试阀门', :cat, 'PIECE', 50) returning id")
                .param("c", "TCHV" + u).param("cat", category).query(Long.class).single();
        warehouse = jdbc.sql("insert into warehouse(code, name, sort_order) values (:c, '流失测试仓', 99) returning id")
                .param("c", "WCH" + u.substring(Math.max(0, u.length() - 9))).query(Long.class).single();
        inventory.receive(warehouse, List.of(new StockLine(product, BigDecimal.valueOf(100))), "opening stock", null);
    }

    private long warnedCustomer(String name) {
        long customer = customer(name, "manager");
        order(customer, today().minusMonths(7), "COMPLETED");
        scan.run();
        assertThat(warningState(customer)).isEqualTo("PENDING");
        return customer;
    }

    private void placeAndConfirmAnOrder(long customer) throws Exception {
        String body = mvc.perform(post("/api/v1/orders").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":" + customer + ",\"warehouseId\":" + warehouse + ",\"lines\":[{\"productId\":" + product
                        + ",\"quantity\":2}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long order = JsonMapper.builder().build().readTree(body).get("id").asLong();
        // Pending is not a sale yet: the warning stays as it was.
        String before = warningState(customer);
        Thread.sleep(300);
        assertThat(warningState(customer)).isEqualTo(before).isNotNull();
        mvc.perform(post("/api/v1/orders/" + order + "/confirm").with(as("manager")).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void aWarnedCustomerWhoseOrderIsConfirmedLeavesTheWarningAndIsActiveAgain() throws Exception {
        long customer = warnedCustomer("回头客");

        placeAndConfirmAnOrder(customer);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(warningState(customer)).isNull());
        assertThat(customerStatus(customer)).isEqualTo("ACTIVE");
        assertThat(actions(customer, "CLEARED")).isEqualTo(1);
    }

    @Test
    void aLostCustomerWhoOrdersAgainIsActiveAgainAndTheHistorySaysSo() throws Exception {
        long customer = warnedCustomer("失而复得");
        mvc.perform(post("/api/v1/churn/warnings/" + customer + "/confirm").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"PRICE\"}")).andExpect(status().isOk());
        assertThat(customerStatus(customer)).isEqualTo("LOST");

        placeAndConfirmAnOrder(customer);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(customerStatus(customer)).isEqualTo("ACTIVE"));
        assertThat(warningState(customer)).isNull();
        mvc.perform(get("/api/v1/churn/customers/" + customer).with(as("manager")))
                .andExpect(jsonPath("$.warning").doesNotExist())
                .andExpect(jsonPath("$.history[0].action").value("REACTIVATED"))
                .andExpect(jsonPath("$.history[1].action").value("CONFIRMED"));
    }

    @Test
    void importedHistoryWithARecentSaleClearsTheWarning() {
        long customer = warnedCustomer("导入历史");

        tx.executeWithoutResult(s -> {
            insertOrder(jdbc, customer, today().minusDays(3), "COMPLETED");
            events.publishEvent(new OrderHistoryImported(0, today().minusDays(3), today().minusDays(3), 1));
        });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(warningState(customer)).isNull());
        assertThat(customerStatus(customer)).isEqualTo("ACTIVE");
    }
}
