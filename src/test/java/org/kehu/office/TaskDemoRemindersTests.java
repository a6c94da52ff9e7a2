package org.kehu.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's tasks come with what their reminders said: the bell is not empty on the first start. */
@SpringBootTest
@AutoConfigureMockMvc
class TaskDemoRemindersTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("manager")
    void theAccountManagerFindsTheRemindersOfHisOverdueTasksUnreadUnderTheBell() throws Exception {
        List<Long> overdue = jdbc.sql("""
                select t.id from task t join app_user u on u.id = t.assignee_id
                 where u.username = 'manager' and t.status = 'OPEN' and t.due_at < now() and t.remind_at is not null""")
                .query(Long.class).list();
        assertThat(overdue).hasSizeGreaterThanOrEqualTo(5);
        List<String> unreadLinks = jdbc.sql("""
                select n.link from notification n join app_user u on u.id = n.recipient_id
                 where u.username = 'manager' and n.message_key = 'office.task.reminder' and n.read_at is null""")
                .query(String.class).list();
        assertThat(unreadLinks).containsAll(overdue.stream().map(id -> "/tasks/" + id).toList());

        String bell = mvc.perform(get("/notifications/bell").header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher unread = Pattern.compile("id=\"notification-unread\">(\\d+)<").matcher(bell);
        assertThat(unread.find()).as("unread count on the bell").isTrue();
        assertThat(Long.parseLong(unread.group(1))).isGreaterThanOrEqualTo(overdue.size());
        assertThat(bell).contains("提醒：").contains("notification-new");
    }

    @Test
    void remindersOfTasksDoneLastWeekAreThereButRead() {
        long read = jdbc.sql("""
                select count(*) from notification n join task t on n.link = '/tasks/' || t.id
                 where n.message_key = 'office.task.reminder' and t.status = 'DONE' and n.read_at is not null""")
                .query(Long.class).single();
        assertThat(read).isPositive();
    }
}
