package org.kehu.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@Transactional
class ChurnHandlingApiTests extends ChurnTestSupport {

    long warned;

    @BeforeEach
    void aWarnedCustomerOfManager() {
        warned = customer("流失预警客户", "manager");
        order(warned, today().minusMonths(7), "COMPLETED");
        scan.run();
    }

    ResultActions postJson(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void postponingHidesTheWarningUntilTheDayAndItComesBackIfTheCustomerStillHasNotOrdered() throws Exception {
        String until = today().plusDays(10).toString();
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/postpone",
                "{\"measure\":\"上门拜访，提供季度返利方案\",\"until\":\"" + until + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("POSTPONED"))
                .andExpect(jsonPath("$.postponedUntil").value(until));

        mvc.perform(get("/api/v1/churn/warnings").param("size", "200").param("owner", String.valueOf(userId("manager")))
                .with(as("manager"))).andExpect(jsonPath("$.items[*].customerId", not(hasItem((int) warned))));
        mvc.perform(get("/api/v1/churn/warnings").param("state", "POSTPONED").param("size", "200").with(as("manager")))
                .andExpect(jsonPath("$.items[*].customerId", hasItem((int) warned)));
        assertThat(customerStatus(warned)).isEqualTo("CHURN_WARNING");

        clock.advance(Duration.ofDays(9));
        scan.run();
        assertThat(warningState(warned)).isEqualTo("POSTPONED");

        clock.advance(Duration.ofDays(1));
        scan.run();
        assertThat(warningState(warned)).isEqualTo("PENDING");
        assertThat(actions(warned, "RETURNED")).isEqualTo(1);
        mvc.perform(get("/api/v1/churn/customers/" + warned).with(as("manager")))
                .andExpect(jsonPath("$.history[*].action", hasItem("POSTPONED")))
                .andExpect(jsonPath("$.history[0].action").value("RETURNED"))
                .andExpect(jsonPath("$.history[1].measure").value("上门拜访，提供季度返利方案"));
    }

    @Test
    void confirmingMakesTheCustomerLostWithTheReasonAndKeepsTheStep() throws Exception {
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/confirm", "{\"reason\":\"COMPETITOR\",\"note\":\"已与竞争对手签约\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED"))
                .andExpect(jsonPath("$.reasonCode").value("COMPETITOR"));

        assertThat(customerStatus(warned)).isEqualTo("LOST");
        assertThat(jdbc.sql("select reason_code from churn_action where customer_id = :id and action = 'CONFIRMED'")
                .param("id", warned).query(String.class).single()).isEqualTo("COMPETITOR");
        // Confirmed is final for the owner: no postponing it afterwards.
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/postpone",
                "{\"measure\":\"再试一次\",\"until\":\"" + today().plusDays(5) + "\"}").andExpect(status().isConflict());
        // A lost customer is not warned again by the next run.
        assertThat(scan.run().flagged()).isZero();
        assertThat(actions(warned, "FLAGGED")).isEqualTo(1);
    }

    @Test
    void badInputIsA400NamingEachField() throws Exception {
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/postpone",
                "{\"measure\":\"   \",\"until\":\"" + today() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("measure", "until")));
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/postpone",
                "{\"measure\":\"" + "长".repeat(1001) + "\",\"until\":\"" + today().plusYears(2) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("measure", "until")));
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/postpone", "{\"measure\":\"x\",\"until\":\"not-a-date\"}")
                .andExpect(status().isBadRequest());
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/confirm", "{\"reason\":\"NO_SUCH_REASON\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        postJson("manager", "/api/v1/churn/warnings/" + warned + "/confirm", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/churn/warnings").param("state", "SOMETIME").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get("/api/v1/churn/warnings").param("after", "garbage").with(as("manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/churn/warnings/export").param("format", "pdf").with(as("director")))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/churn/settings").with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"inactivityMonths\":0,\"threshold\":1.5,\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("inactivityMonths", "threshold")));
        assertThat(warningState(warned)).isEqualTo("PENDING");
        assertThat(actions(warned, "POSTPONED") + actions(warned, "CONFIRMED")).isZero();
    }

    @Test
    void aManagerSeesAndActsOnlyOnHisOwnCustomersWarnings() throws Exception {
        mvc.perform(get("/api/v1/churn/warnings/" + warned).with(as("manager"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/churn/warnings/" + warned).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/churn/customers/" + warned).with(as("manager2"))).andExpect(status().isNotFound());
        postJson("manager2", "/api/v1/churn/warnings/" + warned + "/postpone",
                "{\"measure\":\"越权\",\"until\":\"" + today().plusDays(5) + "\"}").andExpect(status().isNotFound());
        postJson("manager2", "/api/v1/churn/warnings/" + warned + "/confirm", "{\"reason\":\"PRICE\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/churn/warnings").param("size", "200").with(as("manager2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].customerId", not(hasItem((int) warned))))
                .andExpect(jsonPath("$.items[*].ownerId", not(hasItem((int) userId("manager")))));
        // Pages too: the forms and the customer page's card.
        mvc.perform(get("/churn/warnings/" + warned + "/postpone").with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(post("/churn/warnings/" + warned + "/confirm").param("reason", "PRICE").with(as("manager2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/churn/of-customer/" + warned).with(as("manager2"))).andExpect(status().isNotFound());
        assertThat(warningState(warned)).isEqualTo("PENDING");
        // The manager's own director sees it.
        mvc.perform(get("/api/v1/churn/warnings/" + warned).with(as("director"))).andExpect(status().isOk());
    }

    @Test
    void theSettingsChangeWithTheRightPermissionOnly() throws Exception {
        long version = jdbc.sql("select version from churn_setting").query(Long.class).single();
        mvc.perform(put("/api/v1/churn/settings").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"inactivityMonths\":9,\"threshold\":0.25,\"version\":" + version + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/churn/settings").with(as("executive")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"inactivityMonths\":9,\"threshold\":0.25,\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inactivityMonths").value(9))
                .andExpect(jsonPath("$.pAliveThreshold").value(0.25));
        mvc.perform(put("/api/v1/churn/settings").with(as("executive")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"inactivityMonths\":8,\"threshold\":0.25,\"version\":" + version + "}"))
                .andExpect(status().isConflict());
    }
}
