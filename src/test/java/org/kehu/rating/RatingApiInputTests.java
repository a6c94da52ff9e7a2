package org.kehu.rating;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating endpoints of issue 9 §8 name an unknown field instead of ignoring it (weights sent with a model are
 * never used: they come from the matrix), and a model answers what its matrix gives.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingApiInputTests extends RatingTestSupport {

    private ResultActions postJson(String user, String url, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    @Test
    void weightsSentWithAModelAreRefusedByName() throws Exception {
        long models = jdbc.sql("select count(*) from rating_model").query(Long.class).single();
        String grades = "[{\"grade\": 0, \"zh\": \"零\", \"en\": \"zero\"}, {\"grade\": 1, \"zh\": \"一\", \"en\": \"one\"},"
                + " {\"grade\": 2, \"zh\": \"二\", \"en\": \"two\"}, {\"grade\": 3, \"zh\": \"三\", \"en\": \"three\"}]";
        String factor = "{\"code\": \"%s\", \"nameZh\": \"因素\", \"nameEn\": \"Factor\", \"grades\": " + grades + "%s}";
        String body = "{\"kind\": \"CREDIT\", \"nameZh\": \"接口\", \"nameEn\": \"API\", \"factors\": [" + factor.formatted("a", "")
                + ", " + factor.formatted("b", "") + "], \"matrix\": [[1, 2], [0.5, 1]]%s}";
        refused(postJson("executive", "/api/v1/ratings/models", body.formatted(", \"weights\": [0.5, 0.5]")), "weights");
        refused(postJson("executive", "/api/v1/ratings/models", body.replace("\"b\", \"nameZh\"", "\"b\", \"weight\": 0.5, \"nameZh\"")
                .formatted("")), "factors[1].weight");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from rating_model").query(Long.class).single())
                .isEqualTo(models);
        postJson("executive", "/api/v1/ratings/models", body.formatted("")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.weights[0]").value(org.hamcrest.Matchers.closeTo(2 / 3.0, 1e-9)))
                .andExpect(jsonPath("$.cr").value(0.0)).andExpect(jsonPath("$.ri").value(0.0))
                .andExpect(jsonPath("$.lambdaMax").value(org.hamcrest.Matchers.closeTo(2.0, 1e-9)));
    }

    @Test
    void aMisspeltRatingFieldIsRefusedAndAnotherOwnersCustomerIsNotFound() throws Exception {
        long mine = customerOf("manager", 1);
        refused(postJson("manager", "/api/v1/customers/" + mine + "/ratings",
                "{\"kind\": \"CREDIT\", \"grades\": {\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1, \"e\": 1}, \"notes\": \"x\"}"), "notes");
        long theirs = customerOf("manager2", 1);
        postJson("manager", "/api/v1/customers/" + theirs + "/ratings",
                "{\"kind\": \"CREDIT\", \"grades\": {\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1, \"e\": 1}}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + theirs + "/ratings").with(as("manager"))).andExpect(status().isNotFound());
    }
}
