package org.kehu.analytics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/** GET|PUT /api/v1/targets: completion from known orders, validation, the editor's scope and two editors at once. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TargetApiTests extends TargetTestSupport {

    private final YearMonth month = YearMonth.now(BusinessTime.ZONE);
    private String seller;
    private long sellerId;

    @BeforeEach
    void sellerWithOrders() throws Exception {
        stock();
        seller = seller("SALES");
        sellerId = idOf(seller);
        long customer = customerOf(seller);
        // 2 × 200 + 1 × 1 000 confirmed = 1 400; the pending order of 1 000 is not a sale.
        order(seller, customer, "{\"productId\":" + gear + ",\"quantity\":2},{\"productId\":" + shaft + ",\"quantity\":1}", true);
        order(seller, customer, "{\"productId\":" + shaft + ",\"quantity\":1}", false);
    }

    @Test
    void completionIsTheMonthsRevenueOverItsTarget() throws Exception {
        JsonNode saved = body(putTargets("director", month.getYear(), sellerId, 0, month.getMonthValue(), "2000")
                .andExpect(status().isOk()));
        assertThat(saved.get("people").get(0).get("version").asLong()).isEqualTo(1);

        JsonNode sheet = body(mvc.perform(get("/api/v1/targets").param("year", "" + month.getYear()).param("user", "" + sellerId)
                .with(as("director"))).andExpect(status().isOk()));
        JsonNode cell = sheet.get("people").get(0).get("months").get(month.getMonthValue() - 1);
        assertThat(cell.get("target").decimalValue()).isEqualByComparingTo("2000");
        assertThat(cell.get("actual").decimalValue()).isEqualByComparingTo("1400");
        assertThat(cell.get("completion").decimalValue()).isEqualByComparingTo("0.7");
        JsonNode department = sheet.get("departments").get(0);
        assertThat(department.get("name").asString()).isEqualTo("销售部");
        assertThat(department.get("year").get("completion").decimalValue()).isEqualByComparingTo("0.7");
    }

    @Test
    void refusesInvalidAmountsMonthsAndYearsNamingEachField() throws Exception {
        mvc.perform(put("/api/v1/targets").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year": 1999, "targets": [{"userId": %d, "version": 0, "months": [
                                  {"month": 13, "amount": 100}, {"month": 2, "amount": -1}, {"month": 3, "amount": 10000000000.01},
                                  {"month": 3, "amount": 5}, {"month": 4, "amount": 1.005}]},
                                 {"userId": 999999999, "version": -1, "months": [{"month": 1, "amount": 1}]}]}""".formatted(sellerId)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("year", "targets[0].months[0].month",
                        "targets[0].months[1].amount", "targets[0].months[2].amount", "targets[0].months[3].month",
                        "targets[0].months[4].amount", "targets[1].userId", "targets[1].version")));
        mvc.perform(put("/api/v1/targets").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2026, \"targets\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("targets"));
        mvc.perform(put("/api/v1/targets").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": \"soon\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/targets").param("year", "99999").with(as("director"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        assertThat(jdbc.sql("select count(*) from analytics_target_plan where user_id = :u").param("u", sellerId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMisspeltFieldIsRefusedByNameAndNothingIsKept() throws Exception {
        mvc.perform(put("/api/v1/targets").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year": 2026, "targets": [{"userId": %d, "version": 0, "months": [{"month": 1, "ammount": 100}]}]}"""
                                .formatted(sellerId)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("targets[0].months[0].ammount"));
        mvc.perform(put("/api/v1/targets").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2026, \"department\": 2, \"targets\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("department"));
        assertThat(jdbc.sql("select count(*) from analytics_target_plan where user_id = :u").param("u", sellerId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDirectorCannotSetTargetsOutsideHisDepartment() throws Exception {
        long south = idOf("manager2");
        putTargets("director", month.getYear(), south, 0, 1, "5000").andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        putTargets("executive", 2099, south, 0, 1, "5000").andExpect(status().isOk());
        assertThat(jdbc.sql("select amount from analytics_sales_target where user_id = :u and year = 2099").param("u", south)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("5000");
    }

    @Test
    void anAccountManagerCannotSetAnyNotEvenHisOwn() throws Exception {
        putTargets("manager", month.getYear(), idOf("manager"), 0, 1, "5000").andExpect(status().isForbidden());
        putTargets(seller, month.getYear(), sellerId, 0, 1, "5000").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from analytics_target_plan where user_id = :u and year = :y").param("u", sellerId)
                .param("y", month.getYear()).query(Long.class).single()).isZero();
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndHisChangeIsNotKept() throws Exception {
        putTargets("executive", month.getYear(), sellerId, 0, 1, "3000").andExpect(status().isOk());
        putTargets("director", month.getYear(), sellerId, 0, 1, "4000").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        putTargets("director", month.getYear(), sellerId, 1, 1, "4000").andExpect(status().isOk());
        assertThat(jdbc.sql("select amount from analytics_sales_target where user_id = :u and year = :y and month = 1")
                .param("u", sellerId).param("y", month.getYear()).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("4000");
    }

    @Test
    void readersSeeOnlyThePeopleOfTheirScope() throws Exception {
        JsonNode own = body(mvc.perform(get("/api/v1/targets").with(as(seller))).andExpect(status().isOk()));
        assertThat(own.get("people")).singleElement().satisfies(p -> assertThat(p.get("userId").asLong()).isEqualTo(sellerId));

        JsonNode team = body(mvc.perform(get("/api/v1/targets").with(as("director"))).andExpect(status().isOk()));
        assertThat(team.get("people").valueStream().map(p -> p.get("userId").asLong()))
                .contains(sellerId, idOf("manager"), idOf("director")).doesNotContain(idOf("manager2"));

        long south = jdbc.sql("select id from department where code = 'SALES_SOUTH'").query(Long.class).single();
        JsonNode other = body(mvc.perform(get("/api/v1/targets").param("department", "" + south).with(as("director")))
                .andExpect(status().isOk()));
        assertThat(other.get("people")).isEmpty();
        assertThat(other.get("total").get("year").get("actual").decimalValue()).isEqualByComparingTo("0");
    }

    private ResultActions putTargets(String editor, int year, long userId, long version, int month, String amount) throws Exception {
        return mvc.perform(put("/api/v1/targets").with(as(editor)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": %d, \"targets\": [{\"userId\": %d, \"version\": %d, \"months\": [{\"month\": %d, \"amount\": %s}]}]}"
                        .formatted(year, userId, version, month, amount)));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
