package org.kehu.competitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/** The competitor API: files and products created and validated, and the price comparison of one of our products. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CompetitorApiTests extends CompetitorTestSupport {

    @BeforeEach
    void highIds() {
        idsPast127();
    }

    @Test
    void refusesACompetitorWithoutNameOrWithABadOrTakenCodeNamingTheFields() throws Exception {
        postCompetitor("marketing", "CP 9", "")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("code", "name")));
        // The demo's CP001 exists; codes are the same whatever their case.
        postCompetitor("marketing", "cp001", "另一家公司")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        postJson("marketing", "/api/v1/competitors", "{\"code\":\"T1\",\"name\":\"" + "名".repeat(201) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void marketingKeepsCompetitorsSalesReadThemAndServiceStaffSeeNone() throws Exception {
        long id = competitor("T9001", "测试竞品机床有限公司");
        assertThat(id).isGreaterThan(127);
        postCompetitor("manager", "T9002", "客户经理建的对手").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/competitors").param("q", "csjp").with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/competitors/" + id).with(as("executive")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("T9001"));
        mvc.perform(get("/api/v1/competitors").with(as("service"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/competitors/999999").with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/competitors").param("q", "x".repeat(101)).with(as("manager")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesAProductWithoutOurProductOrWithANegativePriceOrAnUnknownRelation() throws Exception {
        long id = competitor("T9003", "测试竞品泵阀有限公司");
        postJson("marketing", "/api/v1/competitors/" + id + "/products",
                "{\"name\":\"离心泵\",\"ourProductId\":99999999,\"relation\":\"CHEAPER\",\"price\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("relation", "price")));
        postJson("marketing", "/api/v1/competitors/" + id + "/products",
                "{\"name\":\"离心泵\",\"ourProductId\":99999999,\"relation\":\"SIMILAR\",\"price\":100}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ourProductId"));
        postJson("marketing", "/api/v1/competitors/" + id + "/products",
                "{\"name\":\"离心泵\",\"ourProductId\":" + ourProduct("IS80-65-160") + ",\"relation\":\"SIMILAR\",\"price\":\"abc\"}")
                .andExpect(status().isBadRequest());
        postJson("marketing", "/api/v1/competitors/999999/products",
                "{\"name\":\"离心泵\",\"ourProductId\":" + ourProduct("IS80-65-160") + ",\"relation\":\"SIMILAR\",\"price\":100}")
                .andExpect(status().isNotFound());
    }

    @Test
    void aProductAddedShowsInTheComparisonWithItsDifferenceAndPercentage() throws Exception {
        long id = competitor("T9004", "测试竞品数控有限公司");
        long ours = ourProduct("CK6150");
        BigDecimal ourPrice = jdbc.sql("select price from product where id = :id").param("id", ours)
                .query(BigDecimal.class).single();
        JsonNode added = read(postJson("marketing", "/api/v1/competitors/" + id + "/products",
                "{\"name\":\"经济型数控车床\",\"model\":\"TX-6150\",\"ourProductId\":" + ours
                        + ",\"relation\":\"SUBSTITUTE\",\"usage\":\"轴类加工\",\"performance\":\"回转直径 500 mm\",\"price\":141120.5}")
                .andExpect(status().isCreated()));
        long productId = added.get("id").asLong();
        assertThat(productId).isGreaterThan(127);
        assertThat(added.get("ourProductId").asLong()).isEqualTo(ours);

        mvc.perform(get("/api/v1/competitors/" + id + "/products").with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].relation").value("SUBSTITUTE"));

        BigDecimal theirs = new BigDecimal("141120.50");
        BigDecimal difference = theirs.subtract(ourPrice);
        BigDecimal percent = difference.multiply(BigDecimal.valueOf(100)).divide(ourPrice, 1, RoundingMode.HALF_UP);
        JsonNode comparison = read(mvc.perform(get("/api/v1/products/" + ours + "/price-comparison").with(as("director")))
                .andExpect(status().isOk()));
        assertThat(comparison.get("ourPrice").decimalValue()).isEqualByComparingTo(ourPrice);
        JsonNode line = null;
        for (JsonNode l : comparison.get("lines")) {
            if (l.get("competitorProductId").asLong() == productId) {
                line = l;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("difference").decimalValue()).isEqualByComparingTo(difference.setScale(2));
        assertThat(line.get("percent").decimalValue()).isEqualByComparingTo(percent);
        assertThat(line.get("competitorName").asString()).isEqualTo("测试竞品数控有限公司");

        mvc.perform(get("/api/v1/products/99999999/price-comparison").with(as("director"))).andExpect(status().isNotFound());
        mvc.perform(get("/competitors/compare/" + ours).with(as("marketing")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("compare-line-" + productId)));
    }
}
