package org.kehu.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
        String latestOverdueOfManager = jdbc.sql("""
                select t.title from task t join app_user u on u.id = t.assignee_id
                 where u.username = 'manager' and t.status = 'OPEN'
                   and t.due_at < date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'
                 order by t.due_at desc limit 1""").query(String.class).single();

        assertThat(home("manager")).contains("id=\"home-agenda\"").contains(latestOverdueOfManager);
        assertThat(home("manager2")).doesNotContain(latestOverdueOfManager);
    }

    @Test
    void showsTodaysTasksBeforeTheOverdueOnesWithTheirCountsAndALinkToTheRest() throws Exception {
        record Counts(long today, long earlier) {
        }
        Counts counts = jdbc.sql("""
                with bounds as (select date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai' as start)
                select count(*) filter (where t.due_at >= b.start and t.due_at < b.start + interval '1 day') as today,
                       count(*) filter (where t.due_at < b.start) as earlier
                  from task t join app_user u on u.id = t.assignee_id cross join bounds b
                 where u.username = 'manager' and t.status = 'OPEN'""").query(Counts.class).single();
        assertThat(counts.earlier()).as("the demo gives the manager overdue tasks").isGreaterThan(8);

        Document page = Jsoup.parse(home("manager"));
        assertThat(page.getElementById("home-agenda-today-head").text()).contains("（" + counts.today() + "）");
        assertThat(page.getElementById("home-agenda-overdue-head").text()).contains("（" + counts.earlier() + "）");
        assertThat(page.select(".home-agenda-today")).hasSize((int) Math.min(8, counts.today()));
        assertThat(page.select(".home-agenda-overdue")).hasSize(8);
        assertThat(page.getElementById("home-agenda-overdue-all").attr("href")).isEqualTo("/tasks?period=overdue");
        var items = page.select("#home-agenda li");
        assertThat(items.indexOf(page.getElementById("home-agenda-today-head")))
                .isLessThan(items.indexOf(page.getElementById("home-agenda-overdue-head")));
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
