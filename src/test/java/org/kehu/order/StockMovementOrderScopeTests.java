package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Stock movements name the order that reserved or shipped the goods; a reader of inventory who may not see that
 * order (another account manager's) sees "Order" without its number and without who handled it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class StockMovementOrderScopeTests extends OrderTestSupport {

    @Test
    void anotherManagerSeesThatAnOrderMovedTheStockButNotItsNumberNorWhoHandledIt() throws Exception {
        JsonNode order = createOrder();
        long orderId = order.get("id").asLong();
        String number = order.get("number").asString();
        assertThat(orderId).isGreaterThan(127);
        step("manager", orderId, "confirm").andExpect(status().isOk());

        JsonNode own = movements("manager");
        assertThat(own.findValuesAsString("reference")).contains(number);
        assertThat(own.get("items").get(0).get("actorName").asString()).isEqualTo("张伟");

        JsonNode other = movements("manager2");
        int reservations = 0;
        for (JsonNode movement : other.get("items")) {
            if ("RESERVE".equals(movement.get("kind").asString())) {
                reservations++;
                assertThat(movement.get("reference").isNull()).isTrue();
                assertThat(movement.get("actorName").isNull()).isTrue();
                assertThat(movement.get("hiddenReferenceKind").asString()).isEqualTo("order");
            }
        }
        assertThat(reservations).as("one reservation per product").isEqualTo(2);
        assertThat(other.toString()).doesNotContain(number).doesNotContain("张伟");

        String page = mvc.perform(get("/inventory/movements").param("warehouse", String.valueOf(warehouse))
                        .param("lang", "en").with(as("manager2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(number).doesNotContain("张伟").contains("<td>Order</td>");
        String csv = mvc.perform(get("/inventory/movements/export").param("warehouse", String.valueOf(warehouse))
                        .with(as("manager2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(number).doesNotContain("张伟").contains(",订单,");
        String product = mvc.perform(get("/products/" + gear).with(as("manager2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(product).doesNotContain(number);

        String ownCsv = mvc.perform(get("/inventory/movements/export").param("warehouse", String.valueOf(warehouse))
                        .with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ownCsv).contains(number);
        assertThat(movements("director").findValuesAsString("reference")).as("the director's department holds manager")
                .contains(number);
    }

    private JsonNode movements(String username) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/inventory/movements").param("warehouse", String.valueOf(warehouse))
                        .with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
