package org.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
class CustomerRatingApiTests extends RatingTestSupport {

    private ResultActions rate(String username, long customerId, String body) throws Exception {
        return mvc.perform(post("/api/v1/customers/" + customerId + "/ratings").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long newCustomer(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void theOwnerRatesACustomerTheLevelReachesTheCustomerAndEveryRatingIsKept() throws Exception {
        long customer = customerOf("manager", 0);
        rate("manager", customer, "{\"kind\": \"LOYALTY\", \"grades\": " + grades(3, 3, 3, 3, 3, 3, 3) + ", \"note\": \"年度评审\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(3.0))
                .andExpect(jsonPath("$.level").value("VERY_LOYAL"))
                .andExpect(jsonPath("$.modelVersion").value(1))
                .andExpect(jsonPath("$.grades[6].factor").value("g"))
                .andExpect(jsonPath("$.ratedByName").isNotEmpty());
        mvc.perform(get("/api/v1/customers/" + customer).with(as("manager")))
                .andExpect(jsonPath("$.loyaltyRating").value("VERY_LOYAL"));

        // a = 2, b = 3, the rest 1: M = 2·0.1212 + 3·0.2997 + 0.1602 + 0.1654 + 0.0792 + 0.0876 + 0.0866 ≈ 1.72
        rate("manager", customer, "{\"kind\": \"LOYALTY\", \"grades\": " + grades(2, 3, 1, 1, 1, 1, 1) + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("BASICALLY_LOYAL"));
        rate("manager", customer, "{\"kind\": \"CREDIT\", \"grades\": " + grades(0, 0, 1, 0, 3) + "}")
                .andExpect(status().isCreated())
                // M = 1·0.1288 + 3·0.0398 ≈ 0.25: below 0.6
                .andExpect(jsonPath("$.level").value("BLACK_LIST"));
        String history = mvc.perform(get("/api/v1/customers/" + customer + "/ratings").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("CREDIT"))
                .andExpect(jsonPath("$[1].level").value("BASICALLY_LOYAL"))
                .andExpect(jsonPath("$[2].level").value("VERY_LOYAL"))
                .andExpect(jsonPath("$[2].note").value("年度评审"))
                .andReturn().getResponse().getContentAsString();
        var first = json.readTree(history).get(1);
        assertThat(first.get("score").asDouble()).isBetween(1.71, 1.73);
        assertThat(first.get("ratedByName").asString()).isNotBlank();
        mvc.perform(get("/api/v1/customers?loyalty=BASICALLY_LOYAL&credit=BLACK_LIST&size=200").with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem((int) customer)));
    }

    @Test
    void aManagerCanNeitherRateNorReadAnotherManagersCustomer() throws Exception {
        long others = customerOf("manager2", 0);
        rate("manager", others, "{\"kind\": \"LOYALTY\", \"grades\": " + grades(1, 1, 1, 1, 1, 1, 1) + "}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + others + "/ratings").with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + others + "/ratings/proposals?kind=LOYALTY").with(as("manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ratings/customer/" + others).with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/" + others + "/ratings/new").with(as("manager"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from customer_rating where customer_id = :c and rated_by = (select id from app_user where username = 'manager')")
                .param("c", others).query(Long.class).single()).isZero();
    }

    @Test
    void refusesIncompleteOrOutOfRangeGradesNamingTheFactor() throws Exception {
        long customer = customerOf("manager", 1);
        rate("manager", customer, "{\"kind\": \"LOYALTY\", \"grades\": " + grades(1, 1, 1, 1, 1, 1) + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("grades.g"));
        rate("manager", customer, "{\"kind\": \"CREDIT\", \"grades\": " + grades(1, 4, 1, -1, 1) + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("grades.b")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("grades.d")));
        rate("manager", customer, "{\"kind\": \"CREDIT\", \"grades\": {\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1,\"z\":2}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("grades"));
        rate("manager", customer, "{\"grades\": " + grades(1, 1, 1, 1, 1) + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        rate("manager", customer, "{\"kind\": \"WEALTH\"}").andExpect(status().isBadRequest());
        rate("manager", customer, "{\"kind\": \"CREDIT\", \"grades\": {\"a\": 1e308}}").andExpect(status().isBadRequest());
        rate("manager", customer, "{\"kind\": \"CREDIT\", \"grades\": " + grades(1, 1, 1, 1, 1) + ", \"note\": \"" + "长".repeat(501) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        rate("marketing", customer, "{\"kind\": \"CREDIT\", \"grades\": " + grades(1, 1, 1, 1, 1) + "}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from customer_rating where customer_id = :c and rated_at > now() - interval '1 minute'")
                .param("c", customer).query(Long.class).single()).isZero();
    }

    @Test
    void proposesTheRelationshipGradeFromTheFirstSaleAndTheServiceGradeFromSatisfaction() throws Exception {
        long customer = newCustomer("评级建议测试机械厂");
        mvc.perform(get("/api/v1/customers/" + customer + "/ratings/proposals?kind=LOYALTY").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].factor").value("g"))
                .andExpect(jsonPath("$[0].grade").value(0));

        long owner = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        jdbc.sql("""
                insert into sales_order(number, customer_id, owner_id, order_date, warehouse_id, status)
                values ('RT-PROPOSAL-1', :c, :o, current_date - 2200, (select min(id) from warehouse), 'COMPLETED'),
                       ('RT-PROPOSAL-2', :c, :o, current_date - 4000, (select min(id) from warehouse), 'CANCELLED')""")
                .param("c", customer).param("o", owner).update();
        copyTickets(customer, 2, 2);
        copyTickets(customer, 1, 3); // mean (2 + 2 + 3) / 3 ≈ 2.33: "worse than competitors"
        mvc.perform(get("/api/v1/customers/" + customer + "/ratings/proposals?kind=LOYALTY").with(as("manager")))
                .andExpect(jsonPath("$[?(@.factor == 'g')].grade").value(hasItem(3)))
                .andExpect(jsonPath("$[?(@.factor == 'd')].grade").value(hasItem(0)));
        jdbc.sql("update ticket set satisfaction = 5 where customer_id = :c").param("c", customer).update();
        mvc.perform(get("/api/v1/customers/" + customer + "/ratings/proposals?kind=LOYALTY").with(as("manager")))
                .andExpect(jsonPath("$[?(@.factor == 'd')].grade").value(hasItem(3)));
        mvc.perform(get("/api/v1/customers/" + customer + "/ratings/proposals?kind=CREDIT").with(as("manager")))
                .andExpect(jsonPath("$.length()").value(0));

        // The proposal is what the manager sees chosen; the saved rating records it beside the grade given.
        rate("manager", customer, "{\"kind\": \"LOYALTY\", \"grades\": " + grades(1, 1, 1, 2, 1, 1, 2) + "}")
                .andExpect(jsonPath("$.grades[3].grade").value(2)).andExpect(jsonPath("$.grades[3].proposed").value(3))
                .andExpect(jsonPath("$.grades[6].proposed").value(3));
    }

    private void copyTickets(long customer, int count, int satisfaction) {
        jdbc.sql("""
                insert into ticket(number, customer_id, type_code, priority_code, channel, subject, status, created_at, updated_at,
                                   response_due, response_warn_at, resolution_due, resolution_warn_at, satisfaction)
                select 'RT' || id || '-' || :s, :c, type_code, priority_code, channel, subject, 'ARCHIVED', now(), now(),
                       response_due, response_warn_at, resolution_due, resolution_warn_at, :s
                  from ticket order by id limit :n""")
                .param("c", customer).param("s", satisfaction).param("n", count).update();
    }
}
