package org.kehu.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void showsTheCustomersInTheUsersScopeAndTheLastChangedOfThem() throws Exception {
        String page = home("manager");
        long own = jdbc.sql("select count(*) from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'")
                .query(Long.class).single();
        assertThat(page).containsPattern("id=\"home-customer-count\">" + own + "<");
        String latestOwn = jdbc.sql("""
                select c.name from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'
                 order by c.updated_at desc, c.id desc limit 1""").query(String.class).single();
        assertThat(page).contains(latestOwn);
    }

    @Test
    void showsNothingOfAnotherDepartmentsCustomers() throws Exception {
        String latestOfManager = jdbc.sql("""
                select c.name from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'
                 order by c.updated_at desc, c.id desc limit 1""").query(String.class).single();
        assertThat(home("manager2")).doesNotContain(latestOfManager);
    }

    @Test
    void listsTheUsersOwnOverdueTasksAndNotAnothers() throws Exception {
        String overdueOfManager = jdbc.sql("""
                select t.title from task t join app_user u on u.id = t.assignee_id
                 where u.username = 'manager' and t.status = 'OPEN' and t.due_at < now()
                 order by t.due_at limit 1""").query(String.class).single();

        assertThat(home("manager")).contains("id=\"home-agenda\"").contains(overdueOfManager);
        assertThat(home("manager2")).doesNotContain(overdueOfManager);
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
