package org.kehu.support.survey;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Creates surveys through the API, sends them to a demo customer and reads the personal link from the outbox. */
abstract class SurveyTestSupport {

    static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A demo customer with exactly one contact, who has an e-mail address: customer id and address. */
    record Recipient(long customerId, String email) {
    }

    Recipient recipient(int skip) {
        return jdbc.sql("""
                select customer_id, max(email) as email from contact group by customer_id
                having count(*) = 1 and count(email) = 1 order by customer_id offset :skip limit 1""")
                .param("skip", skip).query(Recipient.class).single();
    }

    static String surveyJson(String title, LocalDate expiresOn) {
        return """
                {"title": "%s", "intro": "说明", "expiresOn": "%s", "questions": [
                  {"kind": "SCALE", "text": "总体满意度"},
                  {"kind": "CHOICE", "text": "服务态度", "options": ["好", "一般", "差"]},
                  {"kind": "TEXT", "text": "建议", "required": false}]}""".formatted(title, expiresOn);
    }

    JsonNode createSurvey(String title, LocalDate expiresOn) throws Exception {
        String body = mvc.perform(post("/api/v1/surveys").with(as("servicelead")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(surveyJson(title, expiresOn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    void send(long surveyId, long customerId) throws Exception {
        mvc.perform(post("/api/v1/surveys/" + surveyId + "/send").with(as("servicelead")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"customerIds\": [" + customerId + "]}"))
                .andExpect(status().isOk());
    }

    /** The token of the link in the newest mail with this subject. */
    String tokenFromOutbox(String subject) {
        String text = jdbc.sql("select text_body from mail_message where subject = :s order by id desc limit 1")
                .param("s", subject).query(String.class).single();
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("No survey link in " + text);
        }
        return m.group(1);
    }
}
