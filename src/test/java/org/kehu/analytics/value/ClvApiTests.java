package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifetime value API on the demo data, whose model is fitted at first start: the current model with its
 * time unit, a customer's value as the scoring stored it, the data scope, bad input and a fit the data cannot
 * support.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClvApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void currentModelStatesTheTimeUnitOfTheRateAndItsStandardErrors() throws Exception {
        mvc.perform(get("/api/v1/analytics/clv/model").with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.bgNbd.timeUnit").value("WEEKS"))
                .andExpect(jsonPath("$.bgNbd.r.value").isNumber())
                .andExpect(jsonPath("$.bgNbd.logLikelihood").isNumber())
                .andExpect(jsonPath("$.gammaGamma.q.value").isNumber())
                .andExpect(jsonPath("$.holdout.actual").isArray());
    }

    @Test
    void customerValueOverTheHorizonIsWhatTheScoringStoredForThatHorizon() throws Exception {
        var row = jdbc.sql("""
                select v.customer_id, v.p_alive, v.expected_90, v.expected_order_value from analytics_customer_value v
                join analytics_clv_model m on m.id = v.model_id and m.status = 'DONE'
                where v.customer_id > 127 and v.x > 0 order by m.id desc, v.customer_id limit 1""")
                .query((rs, n) -> new double[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .single();

        String body = mvc.perform(get("/api/v1/customers/" + (long) row[0] + "/value").param("horizonDays", "90")
                .with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode value = json.readTree(body);

        assertThat(value.get("pAlive").asDouble()).isCloseTo(row[1], within(1e-9)).isBetween(0.0, 1.0);
        assertThat(value.get("expectedPurchases").asDouble()).isCloseTo(row[2], within(1e-9));
        assertThat(value.get("expectedOrderValue").asDouble()).isCloseTo(row[3], within(0.005));
        assertThat(value.get("clv").asDouble()).isPositive();
        assertThat(value.get("horizonDays").asInt()).isEqualTo(90);
    }

    @Test
    void customerOutsideTheCallersScopeIsNotFound() throws Exception {
        long othersCustomer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                where u.username = 'manager' and c.id > 127 order by c.id limit 1""").query(Long.class).single();

        mvc.perform(get("/api/v1/customers/" + othersCustomer + "/value").with(user(accounts.loadUserByUsername("manager2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + othersCustomer + "/value").with(user(accounts.loadUserByUsername("manager"))))
                .andExpect(status().isOk());
    }

    @Test
    void horizonOutsideOneToTenYearsIsABadRequestNamingIt() throws Exception {
        long customer = jdbc.sql("select id from customer where id > 127 order by id limit 1").query(Long.class).single();
        for (String horizon : new String[] {"0", "3651", "abc", "-5"}) {
            mvc.perform(get("/api/v1/customers/" + customer + "/value").param("horizonDays", horizon)
                    .with(user(accounts.loadUserByUsername("admin"))))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("horizonDays")));
        }
    }

    @Test
    void fitOnTooFewPurchasesIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/api/v1/analytics/clv/fit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"calibrationEnd\": \"2000-01-31\"}")
                .with(user(accounts.loadUserByUsername("executive"))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                // in the default language: "too few data to fit: the BG/NBD needs at least 30 customers ..."
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("数据太少，无法拟合")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("30")));
    }

    @Test
    void fitEndingInTheFutureOrNotADateIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/analytics/clv/fit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"calibrationEnd\": \"2999-01-31\"}").with(user(accounts.loadUserByUsername("executive")))
                .with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/analytics/clv/fit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"calibrationEnd\": \"soon\"}").with(user(accounts.loadUserByUsername("executive")))
                .with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void aMisspeltCalibrationEndIsRefusedByNameNotTakenForToday() throws Exception {
        mvc.perform(post("/api/v1/analytics/clv/fit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"calibrationDate\": \"2026-01-31\"}").with(user(accounts.loadUserByUsername("executive")))
                .with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("calibrationDate"));
    }

    @Test
    void accountManagerMayNotFit() throws Exception {
        mvc.perform(post("/api/v1/analytics/clv/fit").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(user(accounts.loadUserByUsername("manager"))).with(csrf())).andExpect(status().isForbidden());
    }
}
