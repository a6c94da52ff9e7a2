package org.kehu.churn;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * The churn endpoints of issue 9 §8 refuse what they cannot use, naming the field (an unknown one too), answer the
 * executive's churn report, and give a user outside the customer's scope nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@Transactional
class ChurnApiInputTests extends ChurnTestSupport {

    private long warned(String owner) {
        long customer = customer("流失接口", owner);
        jdbc.sql("insert into churn_warning(customer_id, state, last_sale, flagged_on) values (:c, 'PENDING', :s, :f)")
                .param("c", customer).param("s", today().minusMonths(8)).param("f", today()).update();
        return customer;
    }

    private ResultActions postJson(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    @Test
    void theExecutivesChurnReportIsAnswered() throws Exception {
        // unscoped, the query once read ":endgroup by" and failed with a 500
        mvc.perform(get("/api/v1/reports/churn").with(as("executive"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.count").isNumber());
        refused(mvc.perform(get("/api/v1/reports/churn?from=2026-02-30").with(as("executive"))), "from");
    }

    @Test
    void aMisspeltFieldIsRefusedByNameNotTakenForAnAbsentOne() throws Exception {
        long customer = warned("manager");
        refused(postJson("manager", "/api/v1/churn/warnings/" + customer + "/postpone",
                "{\"measure\": \"回访\", \"untill\": \"" + today().plusMonths(1) + "\"}"), "untill");
        refused(postJson("manager", "/api/v1/churn/warnings/" + customer + "/confirm", "{\"reason\": \"PRICE\", \"notes\": \"x\"}"), "notes");
        refused(postJson("manager", "/api/v1/churn/warnings/" + customer + "/postpone",
                "{\"measure\": \"回访\", \"until\": \"" + today().getYear() + "-02-30\"}"), "until");
        postJson("manager", "/api/v1/churn/warnings/" + customer + "/postpone",
                "{\"measure\": \"回访\", \"until\": \"" + today().plusMonths(1) + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("POSTPONED"));
    }

    @Test
    void aNulByteInAFilterIsRefusedByName() throws Exception {
        refused(mvc.perform(get("/api/v1/churn/warnings").param("region", "42" + (char) 0).with(as("executive"))), "region");
    }

    @Test
    void aUserOutsideTheScopeGetsNothing() throws Exception {
        long customer = warned("manager");
        mvc.perform(get("/api/v1/churn/warnings?owner=" + userId("manager")).with(as("manager2"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
        postJson("manager2", "/api/v1/churn/warnings/" + customer + "/postpone",
                "{\"measure\": \"回访\", \"until\": \"" + today().plusMonths(1) + "\"}").andExpect(status().isNotFound());
        postJson("manager2", "/api/v1/churn/warnings/" + customer + "/confirm", "{\"reason\": \"PRICE\"}")
                .andExpect(status().isNotFound());
    }
}
