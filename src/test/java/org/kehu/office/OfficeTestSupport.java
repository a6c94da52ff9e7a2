package org.kehu.office;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Demo users, their customers and tasks created through the API. */
abstract class OfficeTestSupport {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UserDetailsService accounts;
    @Autowired
    protected JdbcClient jdbc;

    protected final JsonMapper json = JsonMapper.builder().build();

    protected RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    protected long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** A demo customer the user owns that has a main contact. */
    protected long customerOf(String username) {
        return jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                 where u.username = :u and c.main_contact_id is not null order by c.id limit 1""")
                .param("u", username).query(Long.class).single();
    }

    protected long mainContactOf(long customerId) {
        return jdbc.sql("select main_contact_id from customer where id = :id").param("id", customerId).query(Long.class).single();
    }

    protected static String local(LocalDateTime t) {
        return LOCAL.format(t);
    }

    /**
     * Noon of today in business time: in the "today" period at whatever hour the test runs (two hours from now is
     * tomorrow after 22:00 in Beijing, which failed the tests of that period every evening).
     */
    protected static LocalDateTime todayAtNoon() {
        return java.time.LocalDate.now(BusinessTime.ZONE).atTime(12, 0);
    }

    protected static LocalDateTime inHours(long hours) {
        return LocalDateTime.now(BusinessTime.ZONE).plusHours(hours).withSecond(0).withNano(0);
    }

    protected JsonNode createTask(String username, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/tasks").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    protected JsonNode createTask(String username, String title, LocalDateTime due) throws Exception {
        return createTask(username, "{\"title\":\"" + title + "\",\"dueAt\":\"" + local(due) + "\"}");
    }
}
