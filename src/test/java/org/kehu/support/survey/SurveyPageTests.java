package org.kehu.support.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SurveyPageTests extends SurveyTestSupport {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusDays(30);

    @Test
    void publicPageOpensWithoutLoginInTheSurveyLanguage() throws Exception {
        createAndSend("页面调查 A", 5);
        String token = tokenFromOutbox("页面调查 A");
        mvc.perform(get("/s/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面调查 A")))
                .andExpect(content().string(containsString("非常满意")));
        mvc.perform(get("/s/" + token).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Very satisfied")))
                .andExpect(content().string(containsString("action=\"/s/" + token + "?lang=en\"")));
        mvc.perform(get("/s/" + token)).andExpect(content().string(containsString("action=\"/s/" + token + "\"")));
    }

    @Test
    void publicFormShowsEachProblemBesideItsQuestionAndSavesNothing() throws Exception {
        JsonNode survey = createAndSend("页面调查 B", 6);
        String token = tokenFromOutbox("页面调查 B");
        long scale = survey.get("questions").get(0).get("id").asLong();
        mvc.perform(post("/s/" + token).with(csrf()).param("q" + scale, "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"q" + scale + "-error\"")))
                .andExpect(content().string(containsString("评分只能是 1、2、3、4 或 5")))
                .andExpect(content().string(containsString("请回答此问题")));
        assertThat(jdbc.sql("select count(*) from survey_answer a join survey_invitation i on i.id = a.invitation_id where i.survey_id = :s")
                .param("s", survey.get("id").asLong()).query(Long.class).single()).isZero();
    }

    @Test
    void publicFormNeedsItsCsrfToken() throws Exception {
        JsonNode survey = createAndSend("页面调查 C", 7);
        String token = tokenFromOutbox("页面调查 C");
        mvc.perform(post("/s/" + token).param("q" + survey.get("questions").get(0).get("id").asLong(), "5"))
                .andExpect(status().isForbidden());
    }

    @Test
    void answeredLinkSaysSoWith409AndUnknownLinkWith404() throws Exception {
        JsonNode survey = createAndSend("页面调查 D", 8);
        String token = tokenFromOutbox("页面调查 D");
        var q = survey.get("questions");
        mvc.perform(post("/s/" + token).with(csrf()).param("q" + q.get(0).get("id").asLong(), "5")
                .param("q" + q.get(1).get("id").asLong(), "一般"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("public-survey-thanks")));
        mvc.perform(get("/s/" + token)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("此链接已经提交过答复")));
        mvc.perform(get("/s/" + "y".repeat(43))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("链接无效")));
    }

    @Test
    void expiredLinkSaysSoWith410() throws Exception {
        JsonNode survey = createAndSend("页面调查 E", 9);
        String token = tokenFromOutbox("页面调查 E");
        jdbc.sql("update survey set expires_on = current_date - 2 where id = :id").param("id", survey.get("id").asLong()).update();
        mvc.perform(get("/s/" + token)).andExpect(status().isGone())
                .andExpect(content().string(containsString("调查已结束")));
    }

    @Test
    void surveyFormAddsQuestionsAndShowsErrorsBesideFields() throws Exception {
        mvc.perform(post("/surveys/new").with(as("servicelead")).with(csrf()).param("title", "表单调查")
                .param("expiresOn", NEXT_MONTH.toString()).param("language", "zh")
                .param("questions[0].kind", "SCALE").param("questions[0].text", "满意度").param("add", "CHOICE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"question-1-options\"")));
        mvc.perform(post("/surveys/new").with(as("servicelead")).with(csrf()).param("title", "表单调查")
                .param("expiresOn", NEXT_MONTH.toString()).param("language", "zh")
                .param("questions[0].kind", "CHOICE").param("questions[0].text", "哪个").param("questions[0].options", "甲"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("单选题至少需要两个选项")));
        mvc.perform(post("/surveys/new").with(as("servicelead")).with(csrf()).param("title", "表单调查")
                .param("expiresOn", NEXT_MONTH.toString()).param("language", "zh")
                .param("questions[0].kind", "CHOICE").param("questions[0].text", "哪个").param("questions[0].options", "甲\r\n乙"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/surveys/*"));
    }

    @Test
    void resultsPageShowsChartsAndAnswersPerCustomer() throws Exception {
        JsonNode survey = createAndSend("页面调查 F", 10);
        String token = tokenFromOutbox("页面调查 F");
        var q = survey.get("questions");
        mvc.perform(post("/s/" + token).with(csrf()).param("q" + q.get(0).get("id").asLong(), "3")
                .param("q" + q.get(1).get("id").asLong(), "好").param("q" + q.get(2).get("id").asLong(), "备件到得慢"))
                .andExpect(status().isOk());
        mvc.perform(get("/surveys/" + survey.get("id").asLong()).with(as("marketing"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chart-1\"")))
                .andExpect(content().string(containsString("备件到得慢")))
                .andExpect(content().string(containsString("id=\"result-1-average\">3.00<")));
        mvc.perform(get("/surveys/" + survey.get("id").asLong() + "/edit").with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("survey-sent-warning")));
    }

    @Test
    void sendPageInvitesTheChosenCustomersContacts() throws Exception {
        long id = createSurvey("页面调查 G", NEXT_MONTH).get("id").asLong();
        Recipient r = recipient(11);
        mvc.perform(post("/surveys/" + id + "/send").with(as("servicelead")).with(csrf()).param("customerIds", String.valueOf(r.customerId())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from mail_message where subject = '页面调查 G' and recipient = :r").param("r", r.email())
                .query(String.class).single()).isEqualTo("OUTBOX");
        mvc.perform(post("/surveys/" + id + "/send").with(as("servicelead")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请至少选择一个客户")));
    }

    @Test
    void sendingToAGradeInvitesEveryContactOfItsCustomers() throws Exception {
        long id = createSurvey("页面调查 H", NEXT_MONTH).get("id").asLong();
        mvc.perform(post("/surveys/" + id + "/send").with(as("marketing")).with(csrf()).param("grade", "STRATEGIC"))
                .andExpect(status().is3xxRedirection());
        long expected = jdbc.sql("""
                select count(*) from contact ct join customer c on c.id = ct.customer_id
                 where c.grade_code = 'STRATEGIC' and ct.email like '%@%.%'""").query(Long.class).single();
        assertThat(expected).isPositive();
        assertThat(jdbc.sql("select count(*) from survey_invitation where survey_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(expected);
    }

    private JsonNode createAndSend(String title, int recipient) throws Exception {
        JsonNode survey = createSurvey(title, NEXT_MONTH);
        send(survey.get("id").asLong(), recipient(recipient).customerId());
        return survey;
    }
}
