package org.kehu.analytics.loyal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.customer.CustomerLifetimeValues;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The loyal customer list (seed 002, 忠诚客户识别) with the default criteria: P(alive) at least 0.7, and rated at least
 * LOYAL or with a CLV among the top 20 % of the scored customers. Each row says why it is there.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class LoyalCustomersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerLifetimeValues values;

    long ratedLoyal;
    long valuable;
    long ratedButSlipping;
    long ordinary;
    long valuableButLost;

    @BeforeEach
    void aModelOfTenCustomers() {
        long model = jdbc.sql("""
                insert into analytics_clv_model (calibration_end, status, customers, repeat_customers, scored,
                    bg_r, bg_alpha, bg_a, bg_b, bg_log_likelihood, gg_p, gg_q, gg_gamma, gg_log_likelihood,
                    gg_customers, horizon_days, yearly_discount, holdout)
                values (:end, 'DONE', 10, 10, 10, 0.243, 4.414, 0.793, 2.426, -9582.4, 6.25, 3.74, 15.44, -4000,
                    10, 365, 0.1, '{}') returning id""").param("end", LocalDate.now(BusinessTime.ZONE)).query(Long.class).single();
        ratedLoyal = customer(model, "VERY_LOYAL", 0.93, "100.00");
        valuable = customer(model, null, 0.95, "9000.00");
        ratedButSlipping = customer(model, "LOYAL", 0.30, "8000.00");
        ordinary = customer(model, "DISLOYAL", 0.90, "50.00");
        valuableButLost = customer(model, null, 0.99, "9500.00");
        jdbc.sql("update customer set status = 'LOST' where id = :id").param("id", valuableButLost).update();
        for (int i = 0; i < 5; i++) {
            customer(model, null, 0.5, "10.00");
        }
    }

    private long customer(long model, String loyalty, double pAlive, String clv) {
        long owner = userId("manager");
        long id = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id, status, loyalty_rating, created_by)
                values (:code, :name, 'zc', :owner, 'ACTIVE', :loyalty, :owner) returning id""")
                .param("code", "KHL" + System.nanoTime()).param("name", "忠诚测试 " + System.nanoTime())
                .param("owner", owner).param("loyalty", loyalty).query(Long.class).single();
        assertThat(id).isGreaterThan(127);
        values.record(List.of(new CustomerLifetimeValues.Score(id, pAlive, 3, new BigDecimal(clv))));
        jdbc.sql("""
                insert into analytics_customer_value (model_id, customer_id, x, tx_days, t_days, mean_value, p_alive,
                    expected_90, expected_180, expected_365, expected_order_value, clv)
                values (:m, :c, 3, 300, 400, 100, :p, 1, 2, 3, 100, :clv)""")
                .param("m", model).param("c", id).param("p", pAlive).param("clv", new BigDecimal(clv)).update();
        return id;
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private Map<Long, Map<String, Object>> listAs(String username) throws Exception {
        String body = mvc.perform(get("/api/v1/analytics/loyal-customers").param("size", "200").with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items");
        Map<Long, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        items.forEach(i -> byId.put(((Number) i.get("customerId")).longValue(), i));
        return byId;
    }

    @Test
    void listsTheRatedLoyalAndTheValuableWhoStillBuyWithTheirReasons() throws Exception {
        Map<Long, Map<String, Object>> list = listAs("manager");
        assertThat(list).containsKeys(ratedLoyal, valuable).doesNotContainKeys(ratedButSlipping, ordinary, valuableButLost);
        assertThat(list.get(ratedLoyal).get("reasons")).isEqualTo(List.of("LOYALTY_RATING", "P_ALIVE"));
        assertThat(list.get(valuable).get("reasons")).isEqualTo(List.of("P_ALIVE", "CLV_TOP"));
        // Highest CLV first.
        List<Long> order = List.copyOf(list.keySet());
        assertThat(order.indexOf(valuable)).isLessThan(order.indexOf(ratedLoyal));
    }

    @Test
    void theReasonIsSaidInTheReadersLanguage() throws Exception {
        Map<Long, Map<String, Object>> list = listAs("manager");
        assertThat(list.get(ratedLoyal).get("reason")).isEqualTo("忠诚度 非常忠诚 · P(alive) 0.93");
        assertThat((String) list.get(valuable).get("reason")).startsWith("P(alive) 0.95 · CLV 前");
        mvc.perform(get("/analytics/loyal").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("loyal-reason")))
                .andExpect(content().string(not(containsString("loyal-row-" + ordinary))));
    }

    @Test
    void aUserOutsideTheScopeGetsNothing() throws Exception {
        assertThat(listAs("manager2")).doesNotContainKeys(ratedLoyal, valuable);
        mvc.perform(get("/analytics/loyal/export").param("format", "csv").with(as("director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(jdbc.sql("select name from customer where id = :id")
                        .param("id", valuable).query(String.class).single())));
    }

    @Test
    void stricterCriteriaNarrowTheList() throws Exception {
        long version = jdbc.sql("select version from analytics_loyal_setting").query(Long.class).single();
        mvc.perform(put("/api/v1/analytics/loyal-customers/settings").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minPAlive\": 0.94, \"minLoyalty\": \"VERY_LOYAL\", \"clvTopPercent\": 10, \"version\": " + version + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minPAlive").value(0.94));
        assertThat(listAs("manager")).containsKey(valuable).doesNotContainKey(ratedLoyal);
    }

    @Test
    void badSettingsAre400NamingTheFieldAndOthersMayNotChangeThem() throws Exception {
        mvc.perform(put("/api/v1/analytics/loyal-customers/settings").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minPAlive\": 1.5, \"minLoyalty\": \"DISLOYAL\", \"clvTopPercent\": 0, \"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("minPAlive")))
                .andExpect(content().string(containsString("minLoyalty")))
                .andExpect(content().string(containsString("clvTopPercent")));
        mvc.perform(put("/api/v1/analytics/loyal-customers/settings").with(as("manager")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minPAlive\": 0.5, \"minLoyalty\": \"LOYAL\", \"clvTopPercent\": 10, \"version\": 0}"))
                .andExpect(status().isForbidden());
    }
}
