package org.kehu.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast of the demo orders over the API and on the page: whose figures they are, the model and its checks,
 * the intervals around the forecast, the pipeline beside it, and bad filters refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SalesForecastApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private JsonNode forecast(String username, String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/forecasts/sales" + query).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void executiveGetsTheCompanyForecastWithModelChecksIntervalsAndPipeline() throws Exception {
        JsonNode f = forecast("executive", "?horizon=6");

        assertThat(f.path("whose").path("scope").asString()).isEqualTo("ALL");
        assertThat(f.path("status").asString()).isEqualTo("FORECAST");
        assertThat(f.path("lastMonth").asString()).isEqualTo(YearMonth.from(LocalDate.now(BusinessTime.ZONE)).minusMonths(1).toString());
        assertThat(f.path("model").path("form").asString()).startsWith("ETS(");
        assertThat(f.path("criterion").path("name").asString()).isEqualTo("AICc");
        assertThat(f.path("criterion").path("candidates").size()).isGreaterThanOrEqualTo(3);
        assertThat(f.path("accuracy").path("heldOutMonths").asInt()).isEqualTo(6);
        assertThat(f.path("accuracy").path("mape").asDouble()).isPositive();
        assertThat(f.path("accuracy").path("mase").asDouble()).isPositive();
        assertThat(f.path("forecast").size()).isEqualTo(6);
        for (JsonNode month : f.path("forecast")) {
            assertThat(month.path("lower95").decimalValue()).isLessThan(month.path("lower80").decimalValue());
            assertThat(month.path("lower80").decimalValue()).isLessThan(month.path("forecast").decimalValue());
            assertThat(month.path("upper80").decimalValue()).isGreaterThan(month.path("forecast").decimalValue());
            assertThat(month.path("upper95").decimalValue()).isGreaterThan(month.path("upper80").decimalValue());
        }
        assertThat(f.path("pipeline").path("totalWeighted").decimalValue()).isPositive();
    }

    @Test
    void accountManagersForecastIsOfHisOwnSalesOnly() throws Exception {
        JsonNode own = forecast("manager", "");
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        YearMonth last = YearMonth.parse(own.path("lastMonth").asString());
        BigDecimal hisSales = jdbc.sql("select coalesce(sum(amount), 0) from analytics_sales_day where owner_id = :o"
                        + " and day between :from and :to")
                .param("o", manager).param("from", last.atDay(1)).param("to", last.atEndOfMonth())
                .query(BigDecimal.class).single();
        JsonNode lastHistory = own.path("history").get(own.path("history").size() - 1);

        assertThat(own.path("whose").path("scope").asString()).isEqualTo("OWN");
        assertThat(lastHistory.path("actual").decimalValue()).isEqualByComparingTo(hisSales);
        JsonNode company = forecast("executive", "");
        JsonNode companyLast = company.path("history").get(company.path("history").size() - 1);
        assertThat(companyLast.path("actual").decimalValue()).isGreaterThan(hisSales);
    }

    @Test
    @Transactional
    void accountManagerWithoutSalesGetsNoFiguresOfOthers() throws Exception {
        String username = "t-forecast-" + System.nanoTime() % 1_000_000;
        long id = jdbc.sql("""
                insert into app_user(username, password_hash, name, department_id)
                values (:u, 'x', '预测测试经理', (select id from department where code = 'SALES')) returning id""")
                .param("u", username).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ACCOUNT_MANAGER'")
                .param("id", id).update();

        JsonNode f = forecast(username, "");

        assertThat(f.path("status").asString()).isEqualTo("NO_DATA");
        assertThat(f.path("history").size()).isZero();
        assertThat(f.path("pipeline").path("totalWeighted").decimalValue()).isZero();
    }

    @Test
    void badFiltersAreRefusedNamingTheField() throws Exception {
        for (String query : new String[] {"?horizon=0", "?horizon=25", "?horizon=abc", "?department=987654321",
                "?category=987654321", "?department=x"}) {
            mvc.perform(get("/api/v1/forecasts/sales" + query).with(as("executive")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get("/api/v1/forecasts/sales?horizon=30").with(as("executive")))
                .andExpect(jsonPath("$.errors[0].field").value("horizon"));
    }

    @Test
    void pageShowsWhoseFiguresTheChosenFormAndTheBadHorizonBesideItsField() throws Exception {
        String page = mvc.perform(get("/analytics/forecast?lang=en").with(as("manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Figures: your own sales").contains("id=\"forecast-chart\"").contains("ETS(")
                .contains("AICc").contains("MASE").contains("Pipeline forecast");

        String refused = mvc.perform(get("/analytics/forecast?lang=en&horizon=99").with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is-invalid").contains("The horizon is a whole number of months from 1 to 24.");
    }
}
