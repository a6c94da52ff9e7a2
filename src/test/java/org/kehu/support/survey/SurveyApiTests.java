package org.kehu.support.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SurveyApiTests extends SurveyTestSupport {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusDays(30);

    @Test
    void createsSurveyWithOrderedQuestions() throws Exception {
        JsonNode survey = createSurvey("API 调查 A", NEXT_MONTH);
        mvc.perform(get("/api/v1/surveys/" + survey.get("id").asLong()).with(as("service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].kind").value("SCALE"))
                .andExpect(jsonPath("$.questions[1].options[2]").value("差"))
                .andExpect(jsonPath("$.questions[2].required").value(false))
                .andExpect(jsonPath("$.sent").value(false));
        mvc.perform(get("/api/v1/surveys").with(as("servicelead")))
                .andExpect(jsonPath("$[*].title", hasItem("API 调查 A")));
    }

    @Test
    void refusesSurveyWithoutTitleOrWithAChoiceOfOneOptionNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/surveys").with(as("servicelead")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title": " ", "expiresOn": "2020-01-01", "questions": [
                          {"kind": "CHOICE", "text": "哪个？", "options": ["只有一个"]}, {"kind": "TEXT", "text": ""}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "title", "expiresOn", "questions[0].options", "questions[1].text")));
    }

    @Test
    void updatesBeforeSendingAndRefusesWith409Afterwards() throws Exception {
        JsonNode survey = createSurvey("API 调查 B", NEXT_MONTH);
        long id = survey.get("id").asLong();
        String update = surveyJson("API 调查 B2", NEXT_MONTH).replaceFirst("\\{", "{\"version\": " + survey.get("version").asLong() + ", ");
        mvc.perform(put("/api/v1/surveys/" + id).with(as("servicelead")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(update)).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("API 调查 B2"));
        mvc.perform(put("/api/v1/surveys/" + id).with(as("servicelead")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(update)).andExpect(status().isConflict());

        send(id, recipient(0).customerId());
        long version = json.readTree(mvc.perform(get("/api/v1/surveys/" + id).with(as("servicelead")))
                .andExpect(jsonPath("$.sent").value(true)).andReturn().getResponse().getContentAsString()).get("version").asLong();
        mvc.perform(put("/api/v1/surveys/" + id).with(as("servicelead")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(surveyJson("改不了", NEXT_MONTH).replaceFirst("\\{", "{\"version\": " + version + ", ")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("调查已发送，不能再修改"));
    }

    @Test
    void answersOnceThroughThePublicEndpointWithoutLogin() throws Exception {
        JsonNode survey = createSurvey("API 调查 C", NEXT_MONTH);
        long id = survey.get("id").asLong();
        Recipient r = recipient(1);
        send(id, r.customerId());
        String token = tokenFromOutbox("API 调查 C");
        long scale = survey.get("questions").get(0).get("id").asLong();
        long choice = survey.get("questions").get(1).get("id").asLong();
        long text = survey.get("questions").get(2).get("id").asLong();

        mvc.perform(get("/api/v1/survey-answers/" + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("API 调查 C"));
        mvc.perform(post("/api/v1/survey-answers/" + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"%d\": 6, \"%d\": \"很好\"}}".formatted(scale, choice)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("q" + scale, "q" + choice)));
        mvc.perform(post("/api/v1/survey-answers/" + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"%d\": 4, \"%d\": \"好\", \"%d\": \"交货快\"}}".formatted(scale, choice, text)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/survey-answers/" + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"%d\": 5, \"%d\": \"好\"}}".formatted(scale, choice)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("此链接已经提交过答复"));

        mvc.perform(get("/api/v1/surveys/" + id + "/results").with(as("marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invited").value(1))
                .andExpect(jsonPath("$.answered").value(1))
                .andExpect(jsonPath("$.questions[0].average").value(4.0))
                .andExpect(jsonPath("$.questions[0].counts[3].count").value(1))
                .andExpect(jsonPath("$.questions[1].counts[0].value").value("好"))
                .andExpect(jsonPath("$.questions[1].counts[0].count").value(1))
                .andExpect(jsonPath("$.questions[2].texts[0]").value("交货快"))
                .andExpect(jsonPath("$.customers[0].customerId").value(r.customerId()))
                .andExpect(jsonPath("$.customers[0].answers[0]").value("4"));
        String csv = mvc.perform(get("/api/v1/surveys/" + id + "/answers/export").with(as("marketing")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("总体满意度", "交货快", r.email());
    }

    @Test
    void expiredLinkAnswers410AndUnknownTokenAnswers404() throws Exception {
        JsonNode survey = createSurvey("API 调查 D", NEXT_MONTH);
        long id = survey.get("id").asLong();
        send(id, recipient(2).customerId());
        String token = tokenFromOutbox("API 调查 D");
        jdbc.sql("update survey set expires_on = current_date - 1 where id = :id").param("id", id).update();
        long scale = survey.get("questions").get(0).get("id").asLong();
        mvc.perform(post("/api/v1/survey-answers/" + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"%d\": 5}}".formatted(scale)))
                .andExpect(status().isGone());
        mvc.perform(post("/api/v1/survey-answers/" + "x".repeat(43)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {}}")).andExpect(status().isNotFound());
    }

    @Test
    void storesOnlyTheHashOfTheToken() throws Exception {
        long id = createSurvey("API 调查 E", NEXT_MONTH).get("id").asLong();
        send(id, recipient(3).customerId());
        String token = tokenFromOutbox("API 调查 E");
        String stored = jdbc.sql("select token_hash from survey_invitation where survey_id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).isEqualTo(SurveyLinks.hash(token)).doesNotContain(token);
    }

    @Test
    void sendingAgainSkipsContactsInvitedBefore() throws Exception {
        long id = createSurvey("API 调查 F", NEXT_MONTH).get("id").asLong();
        long customer = recipient(4).customerId();
        send(id, customer);
        mvc.perform(post("/api/v1/surveys/" + id + "/send").with(as("servicelead")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"customerIds\": [" + customer + "]}"))
                .andExpect(jsonPath("$.invited").value(0)).andExpect(jsonPath("$.alreadyInvited").value(1));
    }

    @Test
    void accountManagersMayNotReadSurveysAndServiceStaffMayNotSendThem() throws Exception {
        long id = createSurvey("API 调查 G", NEXT_MONTH).get("id").asLong();
        mvc.perform(get("/api/v1/surveys").with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys/" + id + "/send").with(as("service")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"customerIds\": [1]}"))
                .andExpect(status().isForbidden());
    }
}
