package org.kehu.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingPageTests extends RatingTestSupport {

    private static MockHttpServletRequestBuilder matrixForm(long id, long version, String action, double a01) {
        var request = post("/ratings/models/" + id + "/edit").param("version", String.valueOf(version)).param("action", action);
        for (int i = 0; i < 7; i++) {
            for (int j = i + 1; j < 7; j++) {
                double v = i == 0 && j == 1 ? a01 : DefaultModels.LOYALTY_MATRIX[i][j];
                request = request.param("a_" + i + "_" + j, String.valueOf(v));
            }
        }
        return request;
    }

    @Test
    void ratingFormShowsEachGradesDescriptionAndTheProposalAndSavingRedirectsToTheCustomer() throws Exception {
        long customer = customerOf("manager", 2);
        mvc.perform(get("/customers/" + customer + "/ratings/new?kind=LOYALTY").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关系建立5年以上")))
                .andExpect(content().string(containsString("比最大竞争对手份额大")))
                .andExpect(content().string(containsString("id=\"proposal-g\"")));
        mvc.perform(post("/customers/" + customer + "/ratings").with(as("manager")).with(csrf()).param("kind", "CREDIT")
                .param("grade_a", "3").param("grade_b", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"grade-b-error\"")))
                .andExpect(content().string(containsString("请选择等级")));
        mvc.perform(post("/customers/" + customer + "/ratings").with(as("manager")).with(csrf()).param("kind", "CREDIT")
                .param("grade_a", "3").param("grade_b", "3").param("grade_c", "2").param("grade_d", "3").param("grade_e", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customers/" + customer));
        mvc.perform(get("/ratings/customer/" + customer).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("红名单")));
        String code = jdbc.sql("select code from customer where id = :id").param("id", customer).query(String.class).single();
        mvc.perform(get("/customers?credit=RED_LIST&code=" + code).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("customer-row-" + customer)));
        mvc.perform(get("/customers?credit=BLACK_LIST&code=" + code).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("customer-row-" + customer + "\""))));
    }

    @Test
    void distributionCountsOnlyTheReadersCustomers() throws Exception {
        String mine = mvc.perform(get("/ratings").with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"distribution-loyalty\"")))
                .andReturn().getResponse().getContentAsString();
        String all = mvc.perform(get("/ratings").with(as("executive"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long managers = jdbc.sql("""
                select count(*) from rating_current r join customer c on c.id = r.customer_id join app_user u on u.id = c.owner_id
                 where r.kind = 'LOYALTY' and u.username = 'manager'""").query(Long.class).single();
        long everyone = jdbc.sql("select count(*) from rating_current where kind = 'LOYALTY'").query(Long.class).single();
        assertThat(managers).isPositive().isLessThan(everyone);
        assertThat(total(mine, "loyalty")).isEqualTo(managers);
        assertThat(total(all, "loyalty")).isEqualTo(everyone);
        assertThat(mine).contains("/customers?loyalty=VERY_LOYAL");
    }

    @Test
    void matrixEditorRefusesAnInconsistentMatrixWithTheComparisonsToReviseAndChecksWithoutSaving() throws Exception {
        long loyalty = modelInUse(RatingKind.LOYALTY);
        long version = modelVersion(loyalty);
        mvc.perform(matrixForm(loyalty, version, "save", 9).with(as("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"matrix-error\"")))
                .andExpect(content().string(containsString("CR = 0.233")))
                .andExpect(content().string(containsString("id=\"revise-0-1\"")))
                .andExpect(content().string(containsString("table-warning")));
        mvc.perform(matrixForm(loyalty, version, "check", 0.22).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"matrix-checked\"")))
                .andExpect(content().string(containsString("0.2997")));
        mvc.perform(post("/ratings/models/" + loyalty + "/edit").with(as("admin")).with(csrf()).param("version", String.valueOf(version))
                .param("a_0_1", "zero")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"a_0_1-error\"")));
        assertThat(jdbc.sql("select count(*) from rating_model_version where model_id = :m").param("m", loyalty)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(matrixForm(loyalty, version, "save", 1 / 4.0).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/ratings/models/" + loyalty));
        mvc.perform(get("/ratings/models/" + loyalty).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"model-versions\"")))
                .andExpect(content().string(not(containsString("id=\"model-edit\""))));
        mvc.perform(get("/ratings/models/" + loyalty + "/edit").with(as("manager"))).andExpect(status().isForbidden());
    }

    private static long total(String html, String kind) {
        Matcher m = Pattern.compile("id=\"total-" + kind + "\">(\\d+)<").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
