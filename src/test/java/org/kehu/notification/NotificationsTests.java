package org.kehu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kehu.identity.UserDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.hamcrest.Matchers;

/** The bell shows what a user was told, in their language, and only to them. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NotificationsTests {

    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    MockMvc mvc;

    private long id(String username) {
        return users.userByUsername(username).orElseThrow().id();
    }

    @Test
    @WithUserDetails("manager")
    void theBellCountsAndShowsTheUnreadInTheReadersLanguage() throws Exception {
        long before = unread("manager");
        notifications.notify(List.of(id("manager"), id("manager")), "notification.title", List.of(), "/customers");

        mvc.perform(get("/notifications/bell").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"notification-unread\">" + (before + 1) + "<")))
                .andExpect(content().string(Matchers.containsString("通知")));
        mvc.perform(get("/notifications/bell").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Notifications")));
    }

    @Test
    @WithUserDetails("manager2")
    void anotherUsersNotificationIsNeitherShownNorOpened() throws Exception {
        long before = unread("manager");
        notifications.notify(id("manager"), "notification.title", List.of(), "/customers");
        long theirs = latestOf("manager");

        mvc.perform(get("/notifications/bell"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/notifications/" + theirs + "/open"))));
        mvc.perform(post("/notifications/{id}/open", theirs).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(unread("manager")).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("manager")
    void openingANotificationMarksItReadAndGoesToItsPage() throws Exception {
        long before = unread("manager");
        notifications.notify(id("manager"), "notification.title", List.of(), "/customers/1");

        mvc.perform(post("/notifications/{id}/open", latestOf("manager")).with(csrf()))
                .andExpect(redirectedUrl("/customers/1"));
        assertThat(unread("manager")).isEqualTo(before);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long latestOf(String username) {
        return jdbc.sql("select max(id) from notification where recipient_id = ?").param(id(username)).query(Long.class).single();
    }

    private long unread(String username) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null").param(id(username))
                .query(Long.class).single();
    }
}
