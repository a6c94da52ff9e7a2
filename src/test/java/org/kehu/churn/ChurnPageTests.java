package org.kehu.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@Transactional
class ChurnPageTests extends ChurnTestSupport {

    long warned;
    String name;

    @BeforeEach
    void aWarnedCustomerOfManager() {
        warned = customer("页面预警客户", "manager");
        order(warned, today().minusMonths(9), "COMPLETED");
        scan.run();
        name = jdbc.sql("select name from customer where id = :id").param("id", warned).query(String.class).single();
    }

    @Test
    void theListShowsTheOwnersWarningsWithTheirActions() throws Exception {
        mvc.perform(get("/churn/warnings").param("owner", String.valueOf(userId("manager"))).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("churn-row-" + warned)))
                .andExpect(content().string(containsString("churn-postpone-" + warned)))
                .andExpect(content().string(containsString("churn-confirm-" + warned)))
                // no settings form for an account manager
                .andExpect(content().string(not(containsString("churn-settings-form"))));
        mvc.perform(get("/churn/warnings").with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("churn-row-" + warned))));
        mvc.perform(get("/churn/warnings").param("state", "bogus").with(as("manager"))).andExpect(status().isBadRequest());
    }

    @Test
    void thePostponeFormShowsEachMessageBesideItsFieldAndSavesNothing() throws Exception {
        mvc.perform(post("/churn/warnings/" + warned + "/postpone").param("measure", "").param("until", today().minusDays(1).toString())
                .with(as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"churn-measure-error\"")))
                .andExpect(content().string(containsString("id=\"churn-until-error\"")));
        mvc.perform(post("/churn/warnings/" + warned + "/postpone").param("measure", "回访").param("until", "31/02/2027")
                .with(as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"churn-until-error\"")));
        assertThat(warningState(warned)).isEqualTo("PENDING");

        mvc.perform(post("/churn/warnings/" + warned + "/postpone").param("measure", "回访采购经理")
                .param("until", today().plusDays(30).toString()).with(as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/churn/warnings"));
        assertThat(warningState(warned)).isEqualTo("POSTPONED");
    }

    @Test
    void theConfirmFormNeedsAReasonAndThenTheCustomerPageShowsTheChurnAndItsHistory() throws Exception {
        mvc.perform(post("/churn/warnings/" + warned + "/confirm").param("reason", "").with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"churn-reason-error\"")));
        mvc.perform(post("/churn/warnings/" + warned + "/confirm").param("reason", "PRICE").with(as("manager")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(customerStatus(warned)).isEqualTo("LOST");

        mvc.perform(get("/churn/of-customer/" + warned).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("customer-churn-history")))
                .andExpect(content().string(containsString("价格原因")));
        mvc.perform(get("/customers/" + warned).with(as("manager")))
                .andExpect(content().string(containsString("/churn/of-customer/" + warned)));
    }

    @Test
    void theExportNeedsReportExportAndCarriesTheRows() throws Exception {
        mvc.perform(get("/churn/warnings/export").param("format", "csv").with(as("manager"))).andExpect(status().isForbidden());
        var csv = mvc.perform(get("/churn/warnings/export").param("format", "csv").with(as("director")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(name).contains("待处理");
        mvc.perform(get("/churn/warnings/export").param("format", "xlsx").with(as("director")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void theSettingsFormOnTheListRefusesBadValuesBesideTheirFields() throws Exception {
        long version = jdbc.sql("select version from churn_setting").query(Long.class).single();
        mvc.perform(post("/churn/settings").param("inactivityMonths", "0").param("threshold", "1.5")
                .param("version", String.valueOf(version)).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"churn-months-error\"")))
                .andExpect(content().string(containsString("id=\"churn-threshold-error\"")));
        mvc.perform(post("/churn/settings").param("inactivityMonths", "6").param("threshold", "abc")
                .param("version", String.valueOf(version)).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"churn-threshold-error\"")));
        mvc.perform(post("/churn/settings").param("inactivityMonths", "8").param("threshold", "0.2")
                .param("version", String.valueOf(version)).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select inactivity_months from churn_setting").query(Integer.class).single()).isEqualTo(8);
        mvc.perform(post("/churn/settings").param("inactivityMonths", "8").param("threshold", "0.2")
                .param("version", String.valueOf(version)).with(as("manager")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAnalysisCountsConfirmedChurnByReasonRegionGradeAndMonthInTheReadersScope() throws Exception {
        mvc.perform(post("/api/v1/churn/warnings/" + warned + "/confirm").contentType("application/json")
                .content("{\"reason\":\"SERVICE\"}").with(as("manager")).with(csrf())).andExpect(status().isOk());
        String month = today().toString().substring(0, 7);
        var before = jdbc.sql("""
                select count(*) from churn_action a join customer c on c.id = a.customer_id
                 where a.action = 'CONFIRMED' and a.reason_code = 'SERVICE' and c.owner_id = :m
                   and to_char(a.at at time zone 'Asia/Shanghai', 'YYYY-MM') = :month""")
                .param("m", userId("manager")).param("month", month).query(Long.class).single();

        mvc.perform(get("/api/v1/reports/churn").param("from", today().withDayOfMonth(1).toString()).param("to", today().toString())
                .with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.byReason[?(@.code == 'SERVICE')].count").value((int) (long) before))
                .andExpect(jsonPath("$.totals.byMonth[0].code").value(month))
                .andExpect(jsonPath("$.totals.byRegion[?(@.code == '420000')].label").value("湖北省"))
                .andExpect(jsonPath("$.rows[?(@.gradeCode == 'KEY' && @.reasonCode == 'SERVICE')]").isNotEmpty());
        // manager2 sees none of manager's churn
        mvc.perform(get("/api/v1/reports/churn").param("from", today().withDayOfMonth(1).toString()).param("to", today().toString())
                .with(as("manager2")))
                .andExpect(jsonPath("$.rows[?(@.regionCode == '420000' && @.gradeCode == 'KEY' && @.reasonCode == 'SERVICE')]").isEmpty());
        mvc.perform(get("/api/v1/reports/churn").param("from", "2026-05-01").param("to", "2026-04-01").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/reports/churn").param("from", "yesterday").with(as("manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/churn").param("from", "2001-01-01").param("to", "2026-01-01").with(as("manager")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/churn/analysis").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("churn-month-chart")));
        mvc.perform(get("/churn/analysis").param("from", "2026-05-01").param("to", "2026-04-01").with(as("manager")))
                .andExpect(status().isBadRequest());
    }
}
