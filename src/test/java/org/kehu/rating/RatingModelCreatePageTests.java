package org.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Creating a rating model on its page: the form, a model saved and put in use, refusals beside their fields. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingModelCreatePageTests extends RatingTestSupport {

    /** A three-factor credit model; the matrix's upper triangle a_01, a_02, a_12. */
    private static MockHttpServletRequestBuilder threeFactors(String action, String a01, String a02, String a12) {
        return threeFactors(action, a01, a02, a12, Map.of());
    }

    /** As above, with some fields typed otherwise. */
    private static MockHttpServletRequestBuilder threeFactors(String action, String a01, String a02, String a12,
            Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "CREDIT");
        fields.put("nameZh", "简化信誉度");
        fields.put("nameEn", "Short credit");
        for (int i = 0; i < 3; i++) {
            String f = "factors[" + i + "].";
            fields.put(f + "code", String.valueOf((char) ('p' + i)));
            fields.put(f + "nameZh", "因素" + i);
            fields.put(f + "nameEn", "Factor " + i);
            for (int g = 0; g < 4; g++) {
                fields.put(f + "grades[" + g + "].zh", "等级" + g);
                fields.put(f + "grades[" + g + "].en", "Grade " + g);
            }
        }
        fields.put("a_0_1", a01);
        fields.put("a_0_2", a02);
        fields.put("a_1_2", a12);
        fields.putAll(typed);
        var request = post("/ratings/models/new").with(csrf()).param("action", action).param("n", "3");
        for (var e : fields.entrySet()) {
            request = request.param(e.getKey(), e.getValue());
        }
        return request;
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theFormOffersSaatysScaleAndSaysWhereTheRandomIndexComesFrom() throws Exception {
        long loyalty = modelInUse(RatingKind.LOYALTY);
        Document form = page(get("/ratings/models/new?from=" + loyalty).with(as("executive")), 200);
        assertThat(form.select("#factor-6")).hasSize(1);
        assertThat(form.getElementById("f-6-code").val()).isEqualTo("g");
        assertThat(form.getElementById("f-0-g3-zh").val()).isNotBlank();
        assertThat(form.select("#saaty-scale option").eachAttr("value")).contains("1/9", "1", "9");
        assertThat(form.getElementById("a_0_1").attr("list")).isEqualTo("saaty-scale");
        assertThat(form.getElementById("ri-source").text()).contains("Alonso", "Lamata", "1.4499");
        Document twelve = page(get("/ratings/models/new?kind=CREDIT&n=12").with(as("executive")), 200);
        assertThat(twelve.select(".factor-card")).hasSize(12);
        assertThat(twelve.getElementById("a_10_11")).isNotNull();
        assertThat(page(get("/ratings/models/new?n=99").with(as("executive")), 200).select(".factor-card")).hasSize(5);
    }

    @Test
    void aConsistentModelIsCreatedAndRatesItsKindFromNowOn() throws Exception {
        long before = modelInUse(RatingKind.CREDIT);
        Document checked = page(threeFactors("check", "2", "4", "2").with(as("executive")), 200);
        assertThat(checked.getElementById("matrix-checked")).isNotNull();
        // a consistent 1 : 2 : 4 matrix gives the weights 4/7, 2/7, 1/7
        assertThat(checked.getElementById("checked-weights").text()).contains("0.5714", "0.2857", "0.1429");
        assertThat(modelInUse(RatingKind.CREDIT)).isEqualTo(before);

        String location = mvc.perform(threeFactors("save", "2", "4", "2").with(as("executive")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long created = modelInUse(RatingKind.CREDIT);
        assertThat(created).isNotEqualTo(before).isGreaterThan(before);
        assertThat(location).isEqualTo("/ratings/models/" + created);
        String factors = jdbc.sql("select v.factors::text from rating_model m join rating_model_version v on v.id = m.current_version_id where m.id = :id")
                .param("id", created).query(String.class).single();
        assertThat(factors).contains("\"code\": \"p\"", "Grade 3", "等级0");
        mvc.perform(get("/ratings/models/" + created).with(as("manager"))).andExpect(status().isOk());
    }

    @Test
    void anInconsistentMatrixIsRefusedNamingTheComparisonsToRevise() throws Exception {
        long before = modelInUse(RatingKind.CREDIT);
        // p is 9 times q, q 9 times r, yet r 9 times p: as inconsistent as three judgements can be
        Document refused = page(threeFactors("save", "9", "1/9", "9").with(as("executive")), 400);
        assertThat(refused.getElementById("matrix-error").text()).contains("CR");
        assertThat(refused.select("#matrix-revise li")).isNotEmpty();
        assertThat(refused.getElementById("matrix-revise").text()).contains("p 因素0", "r 因素2");
        assertThat(refused.select("td.table-warning")).isNotEmpty();
        assertThat(refused.getElementById("a_0_2").val()).isEqualTo("1/9");
        assertThat(modelInUse(RatingKind.CREDIT)).isEqualTo(before);
    }

    @Test
    void eachWrongFieldIsNamedBesideItAndNothingIsSaved() throws Exception {
        long count = jdbc.sql("select count(*) from rating_model").query(Long.class).single();
        Document refused = page(threeFactors("save", "2", "20", "2").with(as("executive")), 400);
        assertThat(refused.getElementById("model-errors")).isNotNull();
        assertThat(refused.getElementById("a_0_2-error")).isNotNull();
        refused = page(threeFactors("save", "2", "4", "2", Map.of("factors[1].code", "P Q", "factors[2].grades[3].en", " ",
                "nameEn", "x".repeat(101), "kind", "GOLD")).with(as("executive")), 400);
        assertThat(refused.getElementById("f-1-code-error")).isNotNull();
        assertThat(refused.getElementById("f-2-g3-en-error")).isNotNull();
        assertThat(refused.getElementById("nameEn-error")).isNotNull();
        assertThat(refused.getElementById("kind-error")).isNotNull();
        assertThat(refused.getElementById("f-1-code").val()).isEqualTo("P Q");
        refused = page(threeFactors("save", "2", "4", "2", Map.of("factors[0].nameZh", "因" + (char) 0 + "素")).with(as("executive")), 400);
        assertThat(refused.getElementById("f-0-nameZh-error")).isNotNull();
        assertThat(jdbc.sql("select count(*) from rating_model").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void onlyModelEditorsMayCreate() throws Exception {
        mvc.perform(get("/ratings/models/new").with(as("director"))).andExpect(status().isForbidden());
        mvc.perform(threeFactors("save", "2", "4", "2").with(as("manager"))).andExpect(status().isForbidden());
        assertThat(page(get("/ratings/models").with(as("manager")), 200).getElementById("model-new")).isNull();
        assertThat(page(get("/ratings/models").with(as("executive")), 200).getElementById("model-new")).isNotNull();
    }
}
