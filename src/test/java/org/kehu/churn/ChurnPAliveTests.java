package org.kehu.churn;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/** The warning list shows, beside the rule, the probability (BG/NBD) that the customer is still active. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@Transactional
class ChurnPAliveTests extends ChurnTestSupport {

    long warned;

    @BeforeEach
    void aWarnedCustomerScoredByAModel() {
        warned = customer("概率预警客户", "manager");
        order(warned, today().minusMonths(9), "COMPLETED");
        scan.run();
        long model = jdbc.sql("""
                insert into analytics_clv_model (calibration_end, status, customers, repeat_customers, scored,
                    bg_r, bg_alpha, bg_a, bg_b, bg_log_likelihood, gg_p, gg_q, gg_gamma, gg_log_likelihood,
                    gg_customers, horizon_days, yearly_discount, holdout)
                values (:end, 'DONE', 1, 1, 1, 0.243, 4.414, 0.793, 2.426, -9582.4, 6.25, 3.74, 15.44, -4000,
                    1, 365, 0.1, '{}')
                returning id""").param("end", today()).query(Long.class).single();
        jdbc.sql("""
                insert into analytics_customer_value (model_id, customer_id, x, tx_days, t_days, mean_value, p_alive,
                    expected_90, expected_180, expected_365, expected_order_value, clv)
                values (:m, :c, 2, 30, 270, 100, 0.1234, 0.1, 0.2, 0.3, 100, 25)""")
                .param("m", model).param("c", warned).update();
    }

    @Test
    void thePageShowsPAliveAsAPercentage() throws Exception {
        mvc.perform(get("/churn/warnings").param("owner", String.valueOf(userId("manager"))).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("churn-row-" + warned)))
                .andExpect(content().string(containsString("12.3%")));
        mvc.perform(get("/churn/warnings").with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("12.3%"))));
    }

    @Test
    void theApiCarriesPAlive() throws Exception {
        mvc.perform(get("/api/v1/churn/warnings/" + warned).with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pAlive").value(0.1234));
        mvc.perform(get("/api/v1/churn/warnings").param("owner", String.valueOf(userId("manager"))).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.customerId == " + warned + ")].pAlive").value(0.1234));
    }
}
