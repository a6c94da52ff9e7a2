package org.kehu.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.analytics.SalesReadModel;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service analysis and the statistics count satisfaction from both sources: the ratings given on tickets and
 * the 1–5 answers to satisfaction surveys (scale questions only, dated by the answer, on the customer's owner).
 * One ticket rated 3 in 2016 for a customer of t-rep-a; survey answers 4 and 2 (and a text answer) from that
 * customer in 2016, 1 in 2015; 5 from t-rep-b's customer in 2016.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SatisfactionSourcesReportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SalesReadModel model;

    private final JsonMapper json = JsonMapper.builder().build();
    private ReportFixture fixture;

    @BeforeEach
    void data() {
        fixture = ReportFixture.load(jdbc, model);
        long a = fixture.users.get("t-rep-a");
        Timestamp opened = at(LocalDate.of(2016, 3, 1));
        jdbc.sql("""
                insert into ticket(number, customer_id, type_code, priority_code, channel, subject, status, assignee_id,
                    created_at, updated_at, response_due, response_warn_at, resolution_due, resolution_warn_at,
                    resolved_at, response_breached, resolution_breached, satisfaction)
                values ('TSATS1', ?, 'REPAIR', 'NORMAL', 'PHONE', '满意度测试工单', 'ARCHIVED', ?, ?, ?, ?, ?, ?, ?, ?, false, false, 3)""")
                .params(fixture.customerIds.get(0), a, opened, opened, opened, opened, opened, opened,
                        at(LocalDate.of(2016, 3, 2))).update();
        long survey = jdbc.sql("""
                insert into survey(title, expires_on, first_sent_at, created_by) values ('满意度测试', '2017-12-31', ?, ?) returning id""")
                .params(at(LocalDate.of(2015, 1, 1)), a).query(Long.class).single();
        List<Long> questions = new ArrayList<>();
        for (String kind : List.of("SCALE", "SCALE", "TEXT")) {
            questions.add(jdbc.sql("insert into survey_question(survey_id, position, kind, text) values (?, ?, ?, '问题') returning id")
                    .params(survey, questions.size(), kind).query(Long.class).single());
        }
        answer(survey, questions, 0, 901, LocalDate.of(2016, 5, 1), 4, 2);
        answer(survey, questions, 0, 902, LocalDate.of(2015, 5, 1), 1, null);
        answer(survey, questions, 5, 903, LocalDate.of(2016, 6, 1), 5, null);
    }

    /** An invitation of the fixture customer's contact, answered that day: two scale answers (or one) and a text. */
    private void answer(long survey, List<Long> questions, int customer, long contact, LocalDate day, Integer first,
            Integer second) {
        long invitation = jdbc.sql("""
                insert into survey_invitation(survey_id, customer_id, customer_name, contact_id, contact_name, email,
                    token_hash, sent_at, answered_at) values (?, ?, '客户', ?, '联系人', 'c@example.com', ?, ?, ?) returning id""")
                .params(survey, fixture.customerIds.get(customer), contact, String.format("%064d", contact), at(day.minusDays(3)),
                        at(day)).query(Long.class).single();
        jdbc.sql("insert into survey_answer(invitation_id, question_id, scale_value) values (?, ?, ?)")
                .params(invitation, questions.get(0), first).update();
        if (second != null) {
            jdbc.sql("insert into survey_answer(invitation_id, question_id, scale_value) values (?, ?, ?)")
                    .params(invitation, questions.get(1), second).update();
        }
        jdbc.sql("insert into survey_answer(invitation_id, question_id, text_value) values (?, ?, '很好')")
                .params(invitation, questions.get(2)).update();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.of(10, 0)).atZone(BusinessTime.ZONE).toInstant());
    }

    @Test
    void serviceAnalysisAddsTheSurveyAnswersToTheTicketRatingsAndSaysSo() throws Exception {
        JsonNode report = api("t-rep-d", "service", "");
        JsonNode totals = report.get("totals");
        assertThat(totals.get("rated").asLong()).isEqualTo(1);
        assertThat(totals.get("surveyAnswers").asLong()).isEqualTo(3);
        // (3 + 4 + 2 + 5) / 4
        assertThat(totals.get("satisfaction").decimalValue()).isEqualByComparingTo("3.50");
        // The rows stay the tickets' own: the repairs' mean is the one ticket's 3.
        assertThat(report.get("rows").get(0).get("satisfaction").decimalValue()).isEqualByComparingTo("3");
        String page = mvc.perform(get("/reports/service?from=2016-01-01&to=2016-12-31")
                        .with(user(accounts.loadUserByUsername("t-rep-d"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("工单评价数").contains("调查问卷答复数（1–5 分）").contains("平均满意度（工单评价和调查问卷）");
        // The distribution chart: the ticket's 3, and the survey answers 2, 4 and 5, as two series.
        assertThat(page).contains("[0,0,1,0,0]").contains("[0,1,0,1,1]");
    }

    @Test
    void anAccountManagerCountsOnlyTheAnswersOfHisOwnCustomers() throws Exception {
        JsonNode b = api("t-rep-b", "service", "");
        assertThat(b.get("totals").get("surveyAnswers").asLong()).isEqualTo(1);
        assertThat(b.get("totals").get("satisfaction").decimalValue()).isEqualByComparingTo("5");
        JsonNode a = api("t-rep-a", "statistics", "");
        assertThat(a.get("rowCount").asLong()).isEqualTo(1);
        assertThat(a.get("totals").get("satisfaction").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void statisticsCountTheTicketsHandledAndTheSurveysOfTheCustomersOwned() throws Exception {
        JsonNode report = api("t-rep-d", "statistics", "");
        for (JsonNode row : report.get("rows")) {
            String person = row.get("name").asString().replace("测试", "");
            if (person.equals("t-rep-a")) {
                // ticket 3, answers 4 and 2 this year; the 2015 answer 1 alone last year
                assertThat(row.get("satisfaction").decimalValue()).isEqualByComparingTo("3");
                assertThat(row.get("satisfactionLastYear").decimalValue()).isEqualByComparingTo("1");
                assertThat(row.get("satisfactionChange").decimalValue()).isEqualByComparingTo(new BigDecimal("200"));
            } else {
                assertThat(row.get("satisfaction").decimalValue()).isEqualByComparingTo("5");
                assertThat(row.get("satisfactionLastYear").isNull()).isTrue();
            }
        }
        assertThat(report.get("totals").get("satisfaction").decimalValue()).isEqualByComparingTo("3.50");
    }

    private JsonNode api(String username, String report, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/reports/" + report + "?from=" + ReportFixture.FROM + "&to=" + ReportFixture.TO + query)
                        .with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
