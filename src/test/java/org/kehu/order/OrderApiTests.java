package org.kehu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@RecordApplicationEvents
class OrderApiTests extends OrderTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void createsAPendingOrderWithANumberThePriceOfTheProductAndATotalComputedOnTheServer() throws Exception {
        JsonNode order = createOrder();

        assertThat(order.get("number").asString()).matches("SO\\d{6}\\d{5}");
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("200");
        assertThat(order.get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("360.00");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("1360.00");
        assertThat(order.get("deliveryAddress").asString()).isEqualTo("武汉市东湖高新区光谷大道1号");
        assertThat(order.get("ownerId").asLong()).isEqualTo(userId("manager"));
        assertThat(events.stream(OrderPlaced.class)).anySatisfy(e -> assertThat(e.orderId()).isEqualTo(order.get("id").asLong()));
    }

    @Test
    void numbersFollowOneAnotherWithinAMonth() throws Exception {
        String first = createOrder().get("number").asString();
        String second = createOrder().get("number").asString();
        assertThat(Long.parseLong(second.substring(8))).isEqualTo(Long.parseLong(first.substring(8)) + 1);
    }

    @Test
    void refusesZeroOrNegativeQuantitiesNegativePricesAndDiscountsOverAHundredNamingEachLine() throws Exception {
        postOrder("manager", orderJson("{\"productId\":" + gear + ",\"quantity\":0},"
                + "{\"productId\":" + gear + ",\"quantity\":-1},"
                + "{\"productId\":" + gear + ",\"quantity\":1,\"unitPrice\":-5},"
                + "{\"productId\":" + gear + ",\"quantity\":1,\"discount\":101}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines[0].quantity", "lines[1].quantity",
                        "lines[2].unitPrice", "lines[3].discount")));
        assertThat(jdbc.sql("select count(*) from sales_order where customer_id = ?").param(customer).query(Long.class).single()).isZero();
    }

    @Test
    void refusesAnOrderWithoutLines() throws Exception {
        postOrder("manager", orderJson("")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
    }

    @Test
    void confirmingReservesShippingTakesOutAndTheFlowEndsCompleted() throws Exception {
        long id = createOrder().get("id").asLong();

        step("manager", id, "confirm").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        assertThat(available(gear)).isEqualByComparingTo("8");
        step("manager", id, "start-production").andExpect(jsonPath("$.status").value("IN_PRODUCTION"));
        step("manager", id, "ship").andExpect(jsonPath("$.status").value("SHIPPED"));
        assertThat(available(gear)).isEqualByComparingTo("8");
        assertThat(jdbc.sql("select on_hand from stock where product_id = ? and warehouse_id = ?").params(gear, warehouse)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("8");
        step("manager", id, "deliver").andExpect(jsonPath("$.status").value("DELIVERED"));
        step("manager", id, "complete").andExpect(jsonPath("$.status").value("COMPLETED"));

        mvc.perform(get("/api/v1/orders/" + id + "/history").with(as("manager")))
                .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("PENDING", "CONFIRMED", "IN_PRODUCTION",
                        "SHIPPED", "DELIVERED", "COMPLETED")))
                .andExpect(jsonPath("$[1].actor").isNotEmpty());
        assertThat(events.stream(OrderStatusChanged.class).filter(e -> e.orderId() == id)).hasSize(5);
        assertThat(events.stream(OrderCompleted.class)).anySatisfy(e -> {
            assertThat(e.customerId()).isEqualTo(customer);
            assertThat(e.total()).isEqualByComparingTo("1360.00");
        });
    }

    @Test
    void refusesToShipAPendingOrderSayingWhy() throws Exception {
        long id = createOrder().get("id").asLong();
        step("manager", id, "ship").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("只有已确认或生产中的订单可以发货")));
        assertThat(available(gear)).isEqualByComparingTo("10");
    }

    @Test
    void cancellingAConfirmedOrderGivesItsStockBack() throws Exception {
        long id = createOrder().get("id").asLong();
        step("manager", id, "confirm").andExpect(status().isOk());
        assertThat(available(shaft)).isEqualByComparingTo("2");

        step("manager", id, "cancel").andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(available(shaft)).isEqualByComparingTo("3");
        step("manager", id, "confirm").andExpect(status().isConflict());
    }

    @Test
    void refusesToCancelAShippedOrder() throws Exception {
        long id = createOrder().get("id").asLong();
        step("manager", id, "confirm");
        step("manager", id, "ship");
        step("manager", id, "cancel").andExpect(status().isConflict());
    }

    @Test
    void updatesAPendingOrderAndRefusesAStaleVersion() throws Exception {
        long id = createOrder().get("id").asLong();
        String change = "{\"customerId\":" + customer + ",\"version\":0,\"lines\":[{\"productId\":" + gear + ",\"quantity\":5}]}";
        mvc.perform(put("/api/v1/orders/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1000.00))
                .andExpect(jsonPath("$.lines.length()").value(1));
        mvc.perform(put("/api/v1/orders/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isConflict());
    }

    @Test
    void theAuditLogKeepsWhoChangedTheLinesAndTheStatusWithOldAndNewValues() throws Exception {
        long id = createOrder().get("id").asLong();
        String change = "{\"customerId\":" + customer + ",\"version\":0,\"lines\":[{\"productId\":" + gear + ",\"quantity\":5}]}";
        mvc.perform(put("/api/v1/orders/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/orders/" + id + "/confirm").with(as("manager")).with(csrf())).andExpect(status().isOk());

        var entries = jdbc.sql("""
                select action, actor_name, old_value ->> 'status' as old_status, new_value ->> 'status' as new_status,
                       jsonb_array_length(new_value -> 'lines') as lines
                  from audit_log where entity_type = 'order' and entity_id = :id order by id""")
                .param("id", id).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(entries).extracting(e -> e.get("actor_name")).containsOnly("manager");
        assertThat(entries.get(1).get("lines")).isEqualTo(1);
        assertThat(entries.get(2)).containsEntry("old_status", "PENDING").containsEntry("new_status", "CONFIRMED");
    }

    @Test
    void aSecondPersonActingOnAnOldVersionIsTold() throws Exception {
        long id = createOrder().get("id").asLong();
        mvc.perform(post("/api/v1/orders/" + id + "/confirm").param("version", "0").with(as("manager")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/orders/" + id + "/cancel").param("version", "0").with(as("director")).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void linesOfAConfirmedOrderCannotChange() throws Exception {
        JsonNode order = createOrder();
        long id = order.get("id").asLong();
        JsonNode confirmed = json.readTree(step("manager", id, "confirm").andReturn().getResponse().getContentAsString());
        mvc.perform(put("/api/v1/orders/" + id).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + confirmed.get("version").asLong() + ",\"lines\":[{\"productId\":" + gear + ",\"quantity\":1}]}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherManagerNeitherSeesNorListsNorExportsTheOrder() throws Exception {
        JsonNode order = createOrder();
        long id = order.get("id").asLong();
        String number = order.get("number").asString();

        mvc.perform(get("/api/v1/orders/" + id).with(as("manager2"))).andExpect(status().isNotFound());
        step("manager2", id, "confirm").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/" + id + "/tracking").with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders").param("q", number).with(as("manager2")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        String csv = mvc.perform(get("/api/v1/orders/export").param("format", "csv").param("q", number).with(as("manager2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(number);

        mvc.perform(get("/api/v1/orders").param("q", number).with(as("manager")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        String mine = mvc.perform(get("/api/v1/orders/export").param("format", "csv").param("q", number).with(as("manager")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mine).contains(number).contains("测试订单客户有限公司");
    }

    @Test
    void anotherManagerCannotOrderForACustomerTheyDoNotSee() throws Exception {
        postOrder("manager2", orderJson("{\"productId\":" + gear + ",\"quantity\":1}")).andExpect(status().isNotFound());
    }

    @Test
    void listsByStatusAndMonthNewestFirstWithAKeysetCursor() throws Exception {
        createOrder();
        createOrder();
        String month = java.time.YearMonth.now(org.kehu.shared.BusinessTime.ZONE).toString();
        String first = mvc.perform(get("/api/v1/orders").param("status", "PENDING").param("month", month)
                .param("customer", String.valueOf(customer)).param("size", "1").with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        String next = json.readTree(first).get("next").asString();
        mvc.perform(get("/api/v1/orders").param("status", "PENDING").param("month", month)
                .param("customer", String.valueOf(customer)).param("size", "1").param("after", next).with(as("manager")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(not(json.readTree(first).get("items").get(0).get("id").asInt())));
        mvc.perform(get("/api/v1/orders").param("month", "2026-13").with(as("manager"))).andExpect(status().isBadRequest());
    }

    @Test
    void recordsTrackingEventsOnceConfirmedNewestFirst() throws Exception {
        long id = createOrder().get("id").asLong();
        mvc.perform(post("/api/v1/orders/" + id + "/tracking").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"place\":\"武汉仓库\"}")).andExpect(status().isConflict());
        step("manager", id, "confirm");
        step("manager", id, "ship");
        mvc.perform(post("/api/v1/orders/" + id + "/tracking").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"occurredAt\":\"2020-01-01T08:00\",\"place\":\"武汉仓库\",\"note\":\"已出库\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/orders/" + id + "/tracking").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"place\":\"郑州转运中心\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/orders/" + id + "/tracking").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"place\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("place"));
        mvc.perform(get("/api/v1/orders/" + id + "/tracking").with(as("manager")))
                .andExpect(jsonPath("$[*].place").value(org.hamcrest.Matchers.contains("郑州转运中心", "武汉仓库")));
    }

    @Test
    void attachesDownloadsAndDeletesAContract() throws Exception {
        long id = createOrder().get("id").asLong();
        var file = new org.springframework.mock.web.MockMultipartFile("file", "销售合同.pdf", "application/pdf", "%PDF-1.4 test".getBytes());
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/orders/" + id + "/contracts").file(file).with(as("manager")).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.filename").value("销售合同.pdf"))
                .andReturn().getResponse().getContentAsString();
        long contract = json.readTree(body).get("id").asLong();
        mvc.perform(get("/api/v1/orders/" + id + "/contracts/" + contract).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().bytes("%PDF-1.4 test".getBytes()));
        mvc.perform(get("/api/v1/orders/" + id + "/contracts/" + contract).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/orders/" + id + "/contracts/" + contract).with(as("manager")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/orders/" + id + "/contracts").with(as("manager"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aCustomerWithOrdersCannotBeDeleted() throws Exception {
        createOrder();
        mvc.perform(delete("/api/v1/customers/" + customer).with(as("admin")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("KHTEST-ORD")));
    }

    @Test
    void mergingCustomersMovesTheirOrders() throws Exception {
        long id = createOrder().get("id").asLong();
        long target = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, created_by)
                values ('KHTEST-ORD2', '测试合并目标公司', 'cshbmbgs', ?, ?) returning id""")
                .params(userId("manager"), userId("manager")).query(Long.class).single();
        mvc.perform(post("/api/v1/customers/" + target + "/merge").contentType(MediaType.APPLICATION_JSON)
                .content("{\"sourceId\":" + customer + ",\"version\":0}").with(as("admin")).with(csrf()))
                .andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select customer_id from sales_order where id = ?").param(id).query(Long.class).single())
                .isEqualTo(target);
    }

    @Test
    void theNumberMatchesTheRule() throws Exception {
        createOrder();
        mvc.perform(get("/api/v1/orders").param("customer", String.valueOf(customer)).with(as("manager")))
                .andExpect(jsonPath("$.items[0].number").value(matchesPattern("SO\\d{11}")));
    }
}
