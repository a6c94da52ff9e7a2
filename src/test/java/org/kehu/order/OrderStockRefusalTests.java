package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A confirmation refused for short stock, with each request in its own transaction as in production, so that
 * "nothing reserved" is what a later reader sees. Removes what it created.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderStockRefusalTests extends OrderTestSupport {

    @AfterEach
    void removeTestRows() {
        jdbc.sql("delete from sales_order where customer_id = ?").param(customer).update();
        jdbc.sql("delete from customer where id = ?").param(customer).update();
        jdbc.sql("delete from stock_movement where warehouse_id = ?").param(warehouse).update();
        jdbc.sql("delete from stock where warehouse_id = ?").param(warehouse).update();
        jdbc.sql("delete from warehouse where id = ?").param(warehouse).update();
        jdbc.sql("delete from product where id in (?, ?)").params(gear, shaft).update();
        jdbc.sql("delete from product_category where code = 'T-ORD'").update();
    }

    @Test
    void refusesToConfirmWhenStockIsShortNamingTheProductAndReservesNothing() throws Exception {
        String body = postOrder("manager", orderJson("{\"productId\":" + gear + ",\"quantity\":2},"
                + "{\"productId\":" + shaft + ",\"quantity\":4}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        step("manager", id, "confirm").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("T-SHAFT")));

        assertThat(available(gear)).isEqualByComparingTo("10");
        assertThat(available(shaft)).isEqualByComparingTo("3");
        mvc.perform(get("/api/v1/orders/" + id).with(as("manager"))).andExpect(jsonPath("$.status").value("PENDING"));
    }
}
