package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The customer list filters by the lifetime value scores (P(alive), CLV ranges) and sorts by them (CLV, P(alive),
 * expected purchases), keyset paged with the ties broken by id and the customers without a score last.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerValueListTests extends CustomerTestSupport {

    @Autowired
    CustomerLifetimeValues values;

    String tag;
    long top;
    long tieLow;
    long tieHigh;
    long low;
    long unscored;

    @BeforeEach
    void scoredCustomersOfOneOwner() {
        tag = "价值排序" + System.nanoTime();
        top = customer(0.95, 2.5, "90000.00");
        tieLow = customer(0.40, 1.0, "5000.00");
        tieHigh = customer(0.40, 1.0, "5000.00");
        low = customer(0.05, 0.1, "10.00");
        unscored = customer(null, null, null);
    }

    private long customer(Double pAlive, Double expected, String clv) {
        long id = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, status, created_by)
                values (:code, :name, 'jz', :owner, 'ACTIVE', :owner) returning id""")
                .param("code", "KHV" + System.nanoTime()).param("name", tag + " " + System.nanoTime())
                .param("owner", userId("manager")).query(Long.class).single();
        assertThat(id).isGreaterThan(127);
        if (pAlive != null) {
            values.record(List.of(new CustomerLifetimeValues.Score(id, pAlive, expected, new BigDecimal(clv))));
        }
        return id;
    }

    private List<Long> walk(String sort, int size, String... params) throws Exception {
        List<Long> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            MockHttpServletRequestBuilder request = get("/api/v1/customers").param("q", tag).param("sort", sort)
                    .param("size", String.valueOf(size)).with(as("manager"));
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            if (after != null) {
                request.param("after", after);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Integer> found = JsonPath.read(body, "$.items[*].id");
            found.forEach(i -> ids.add(i.longValue()));
            after = JsonPath.read(body, "$.next");
            if (after == null) {
                break;
            }
        }
        return ids;
    }

    @Test
    void sortsByClvHighestFirstTiesByIdUnscoredLastAcrossPages() throws Exception {
        assertThat(walk("clv", 2)).containsExactly(top, tieHigh, tieLow, low, unscored);
        assertThat(walk("clv", 1)).containsExactly(top, tieHigh, tieLow, low, unscored);
    }

    @Test
    void sortsByPAliveLowestFirstAndByExpectedPurchasesMostFirst() throws Exception {
        assertThat(walk("palive", 2)).containsExactly(low, tieLow, tieHigh, top, unscored);
        assertThat(walk("expected", 3)).containsExactly(top, tieHigh, tieLow, low, unscored);
    }

    @Test
    void pagesBackwardsToo() throws Exception {
        String first = mvc.perform(get("/api/v1/customers").param("q", tag).param("sort", "clv").param("size", "2")
                .with(as("manager"))).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/api/v1/customers").param("q", tag).param("sort", "clv").param("size", "2")
                .param("after", (String) JsonPath.read(first, "$.next")).with(as("manager")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/customers").param("q", tag).param("sort", "clv").param("size", "2")
                        .param("before", (String) JsonPath.read(second, "$.previous")).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(top)).andExpect(jsonPath("$.items[1].id").value(tieHigh));
    }

    @Test
    void filtersByPAliveAndClvRanges() throws Exception {
        assertThat(walk("clv", 10, "pAliveMin", "0.3", "pAliveMax", "0.5")).containsExactly(tieHigh, tieLow);
        assertThat(walk("clv", 10, "clvMin", "1000")).containsExactly(top, tieHigh, tieLow);
        assertThat(walk("updated", 10, "clvMax", "100")).containsExactly(low);
    }

    @Test
    void theRowsCarryTheScores() throws Exception {
        mvc.perform(get("/api/v1/customers").param("q", tag).param("sort", "clv").param("size", "1").with(as("manager")))
                .andExpect(jsonPath("$.items[0].pAlive").value(0.95))
                .andExpect(jsonPath("$.items[0].expectedPurchases365").value(2.5))
                .andExpect(jsonPath("$.items[0].clv").value(90000.00));
        mvc.perform(get("/customers").param("q", tag).param("sort", "clv").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¥90,000.00")))
                .andExpect(content().string(containsString("95.0%")));
    }

    @Test
    void aCustomerCreatedAfterTheScoringIsListedAmongTheUnscoredAndADeletedOneTakesHisScoreAlong() throws Exception {
        // Created through the API after the model scored the others: the list (an inner join to the scores) shows
        // him at once, at the "no score" end, the later of two unscored customers first as the CLV sort's ties go.
        long later = createCustomer("manager", tag + " 新客户").get("id").asLong();
        assertThat(later).isGreaterThan(unscored);
        assertThat(walk("clv", 2)).containsExactly(top, tieHigh, tieLow, low, later, unscored);
        assertThat(walk("palive", 4)).containsExactly(low, tieLow, tieHigh, top, unscored, later);

        // Scored by the next run, then deleted: his score goes with him, and the lists no longer name him.
        values.record(List.of(new CustomerLifetimeValues.Score(later, 0.7, 1.5, new BigDecimal("7000.00"))));
        assertThat(walk("clv", 2)).containsExactly(top, later, tieHigh, tieLow, low, unscored);
        mvc.perform(delete("/api/v1/customers/{id}", later).with(as("admin")).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from customer_score where customer_id = :id").param("id", later)
                .query(Long.class).single()).isZero();
        assertThat(walk("clv", 2)).containsExactly(top, tieHigh, tieLow, low, unscored);
    }

    @Test
    void badRangesAre400NamingTheFieldOnTheApiAndAMessageOnThePage() throws Exception {
        mvc.perform(get("/api/v1/customers").param("pAliveMin", "1.5").with(as("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("pAliveMin")));
        mvc.perform(get("/api/v1/customers").param("clvMin", "abc").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("clvMin")));
        mvc.perform(get("/api/v1/customers").param("clvMin", "500").param("clvMax", "100").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("clvMax")));
        mvc.perform(get("/customers").param("pAliveMin", "abc").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("filter-palive-error")))
                .andExpect(content().string(containsString("customer-range-error")));
    }

    @Test
    void aUserOutsideTheScopeSeesNoneOfThem() throws Exception {
        mvc.perform(get("/api/v1/customers").param("q", tag).param("sort", "clv").with(as("manager2")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/customers").param("q", tag).param("sort", "clv").with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("customer-row-" + top))));
    }
}
