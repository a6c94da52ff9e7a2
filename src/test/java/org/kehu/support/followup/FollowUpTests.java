package org.kehu.support.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.kehu.support.TicketArchived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class FollowUpTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** Demo customers owned by someone other than the account manager "manager". */
    List<Long> customersNotOwnedByManager(int n) {
        return jdbc.sql("""
                select id from customer where owner_id <> (select id from app_user where username = 'manager')
                 order by id desc limit :n""").param("n", n).query(Long.class).list();
    }

    @Test
    void archivedTicketGetsAnUnassignedCallThreeWorkingDaysLater() {
        long customer = customersNotOwnedByManager(1).get(0);
        Instant archived = Instant.parse("2026-11-27T08:00:00Z"); // a Friday in China
        tx.executeWithoutResult(s -> events.publishEvent(new TicketArchived(987_654L, "FW-TEST-1", customer, null, "REPAIR", 2, archived, null)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from follow_up where ticket_id = 987654")
                .query(Long.class).single() == 1);
        var row = jdbc.sql("select planned_on, assignee_id, method, ticket_number from follow_up where ticket_id = 987654")
                .query((rs, n) -> new Object[] {rs.getDate(1).toLocalDate(), rs.getObject(2), rs.getString(3), rs.getString(4)}).single();
        assertThat(row[0]).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(row[1]).isNull();
        assertThat(row[2]).isEqualTo("PHONE");
        assertThat(row[3]).isEqualTo("FW-TEST-1");
        assertThat(jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                 where u.username = 'servicelead' and n.message_key = 'followup.notify.unassigned' and 'FW-TEST-1' = any(n.args)""")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCallAfterAHandledTicketGoesToWhoeverHandledIt() {
        long customer = customersNotOwnedByManager(1).get(0);
        long handler = jdbc.sql("select id from app_user where username = 'service'").query(Long.class).single();
        Instant archived = Instant.parse("2026-11-23T08:00:00Z"); // a Monday in China
        tx.executeWithoutResult(s -> events.publishEvent(new TicketArchived(987_655L, "FW-TEST-2", customer, null, "REPAIR", 4, archived, handler)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from follow_up where ticket_id = 987655")
                .query(Long.class).single() == 1);

        assertThat(jdbc.sql("select assignee_id from follow_up where ticket_id = 987655").query(Long.class).single()).isEqualTo(handler);
        assertThat(jdbc.sql("select planned_on from follow_up where ticket_id = 987655").query(java.sql.Date.class).single().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(jdbc.sql("""
                select count(*) from notification where recipient_id = :h and message_key = 'followup.notify.ticket-visit'
                   and 'FW-TEST-2' = any(args)""").param("h", handler).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void plansVisitsForSeveralCustomersAndRecordsAResultOnce() throws Exception {
        List<Long> customers = customersNotOwnedByManager(3).subList(1, 3);
        LocalDate day = LocalDate.now(BusinessTime.ZONE).plusDays(2);
        long before = jdbc.sql("select count(*) from follow_up").query(Long.class).single();
        mvc.perform(post("/follow-ups/new").with(as("servicelead")).with(csrf())
                .param("customerIds", customers.get(0).toString(), customers.get(1).toString())
                .param("plannedOn", day.toString()).param("method", "VISIT").param("note", "年底回访"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from follow_up").query(Long.class).single()).isEqualTo(before + 2);
        long id = jdbc.sql("select max(id) from follow_up where customer_id = :c and note = '年底回访'")
                .param("c", customers.get(1)).query(Long.class).single();

        mvc.perform(post("/follow-ups/" + id + "/result").with(as("service")).with(csrf())
                .param("method", "PHONE").param("result", " ").param("satisfaction", "6").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写回访结果")))
                .andExpect(content().string(containsString("满意度为 1 到 5 分")));
        mvc.perform(post("/follow-ups/" + id + "/result").with(as("service")).with(csrf())
                .param("method", "PHONE").param("result", "设备运行正常").param("satisfaction", "5").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/follow-ups/" + id).with(as("service"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("设备运行正常")))
                .andExpect(content().string(not(containsString("followup-result-form"))));
        mvc.perform(post("/follow-ups/" + id + "/result").with(as("service")).with(csrf())
                .param("method", "PHONE").param("result", "再记一次").param("version", "1"))
                .andExpect(status().isConflict());
    }

    @Test
    void refusesAPlanWithoutCustomersOrDayBesideTheFields() throws Exception {
        mvc.perform(post("/follow-ups/new").with(as("servicelead")).with(csrf()).param("method", "PHONE").param("plannedOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少选择一个客户")))
                .andExpect(content().string(containsString("请填写回访日期")));
    }

    @Test
    void listsOverdueVisitsAndExportsThem() throws Exception {
        mvc.perform(get("/follow-ups").param("view", "overdue").with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已逾期")));
        String csv = mvc.perform(get("/follow-ups/export").param("view", "done").param("format", "csv").with(as("servicelead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF客户,联系人,服务单,计划日期").contains("已完成");
        mvc.perform(get("/follow-ups/export").param("format", "xlsx").with(as("servicelead"))).andExpect(status().isOk());
    }

    @Test
    void accountManagerSeesOnlyVisitsOfTheirOwnCustomers() throws Exception {
        long foreign = jdbc.sql("""
                select f.id from follow_up f join customer c on c.id = f.customer_id
                 where c.owner_id <> (select id from app_user where username = 'manager') order by f.id limit 1""")
                .query(Long.class).single();
        mvc.perform(get("/follow-ups/" + foreign).with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/follow-ups/" + foreign).with(as("service"))).andExpect(status().isOk());
    }

    @Test
    void visitsAppearOnTheCustomersTimeline() throws Exception {
        var row = jdbc.sql("select customer_id, result from follow_up where done_at is not null order by id limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        mvc.perform(get("/customers/" + row[0]).with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString((String) row[1])));
    }

    private long newCustomer(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as("admin")).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("id").asLong();
    }

    private void planFor(long customer) throws Exception {
        mvc.perform(post("/follow-ups/new").with(as("servicelead")).with(csrf()).param("customerIds", String.valueOf(customer))
                .param("plannedOn", LocalDate.now(BusinessTime.ZONE).plusDays(1).toString()).param("method", "PHONE"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void customerWithVisitsCannotBeDeletedAndAMergeMovesTheVisits() throws Exception {
        long kept = newCustomer("回访测试保留公司");
        long merged = newCustomer("回访测试合并公司");
        planFor(merged);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/customers/" + merged)
                .with(as("admin")).with(csrf())).andExpect(status().isConflict());
        long version = jdbc.sql("select version from customer where id = :id").param("id", kept).query(Long.class).single();
        mvc.perform(post("/api/v1/customers/" + kept + "/merge").with(as("admin")).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"sourceId\": " + merged + ", \"version\": " + version + "}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from follow_up where customer_id = :id").param("id", kept).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void customerPageCardsListVisitsAndSurveyInvitations() throws Exception {
        long customer = jdbc.sql("select customer_id from survey_invitation where answered_at is not null order by id limit 1")
                .query(Long.class).single();
        mvc.perform(get("/surveys/customer/" + customer).with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已于")));
        long visited = jdbc.sql("select customer_id from follow_up order by id limit 1").query(Long.class).single();
        mvc.perform(get("/follow-ups/customer/" + visited).with(as("servicelead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("followup-card-plan")));
        mvc.perform(get("/follow-ups/customer/" + visited).with(as("manager2")))
                .andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
    }
}
