package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad filters are refused, never a 500: the API answers 400 problem+json naming the parameter, the page shows the
 * message beside the field and no figures; without {@code report.view} there is no report at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @ParameterizedTest(name = "{0}?{1} names {2}")
    @CsvSource({
            "contribution, from=2026-02-30, from",
            "contribution, to=yesterday, to",
            "contribution, from=2026-05-01&to=2026-04-30, from",
            "transactions, from=2010-01-01&to=2026-01-01, from",
            "transactions, from=0001-01-01, from",
            "contribution, department=999999999, department",
            "contribution, department=abc, department",
            "contribution, owner=-3, owner",
            "purchasing-power, region=999999, region",
            "composition, grade=NO_SUCH_GRADE, grade",
            "transactions, category=999999999, category",
            "composition, dimension=colour, dimension",
            "transactions, dimension=grade, dimension",
            "contribution, dimension=region, dimension",
            "purchasing-power, dimension=zzz, dimension",
            "contribution, limit=0, limit",
            "contribution, limit=many, limit"})
    void badFiltersAnswer400NamingTheParameter(String report, String query, String parameter) throws Exception {
        mvc.perform(get("/api/v1/reports/" + report + "?" + query).with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }

    @Test
    void aPeriodOfExactlyTenYearsIsAccepted() throws Exception {
        mvc.perform(get("/api/v1/reports/transactions?from=2016-01-01&to=2025-12-31")
                .with(user(accounts.loadUserByUsername("executive")))).andExpect(status().isOk());
    }

    @Test
    void anUnknownReportIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/reports/rfm-of-the-moon").with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/nothing").with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheRefusalBesideTheField() throws Exception {
        String page = mvc.perform(get("/reports/contribution?from=2026-05-01&to=2026-04-30")
                        .with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"report-from-error\"").contains("开始日期晚于结束日期").contains("id=\"report-refused\"")
                .doesNotContain("id=\"report-table\"");
    }

    @Test
    void withoutReportViewThereIsNoReport() throws Exception {
        mvc.perform(get("/api/v1/reports/contribution").with(user(accounts.loadUserByUsername("service"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/contribution/export?format=csv").with(user(accounts.loadUserByUsername("manager"))))
                .andExpect(status().isForbidden());
    }
}
