package org.kehu.office.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announcements: what goes to a department reaches its sub-departments and nobody outside; must-read ones stay on
 * the home page until confirmed, and their author sees how many of those addressed have confirmed; unread marks.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AnnouncementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Ids past the first 127, so that nothing depends on an id fitting in a byte (a sequence is not rolled back). */
    @BeforeEach
    void idsPastTheFirst() {
        jdbc.sql("select setval(pg_get_serial_sequence('announcement', 'id'), greatest(1000, (select coalesce(max(id), 0) from announcement)))")
                .query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long department(String code) {
        return jdbc.sql("select id from department where code = :c").param("c", code).query(Long.class).single();
    }

    /** A new account manager in a department, with an id past the demo's. */
    private String staff(String departmentCode) {
        String username = "notes" + System.nanoTime();
        long id = jdbc.sql("""
                insert into app_user(id, username, password_hash, name, department_id) overriding system value
                values ((select greatest(max(id), 1000) + 1 from app_user), :u, '{noop}x', '华东新人',
                        (select id from department where code = :d)) returning id""")
                .param("u", username).param("d", departmentCode).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ACCOUNT_MANAGER'")
                .param("id", id).update();
        return username;
    }

    private static String today() {
        return LocalDate.now(BusinessTime.ZONE).toString();
    }

    private JsonNode publish(String username, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/announcements").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    private JsonNode toSales(String title, boolean mustRead) throws Exception {
        return publish("director", """
                {"title":"%s","body":"本月冲刺","departmentIds":[%d],"mustRead":%s,"publishedFrom":"%s"}"""
                .formatted(title, department("SALES"), mustRead, today()));
    }

    @Test
    void anAnnouncementToADepartmentReachesItsSubDepartmentsAndNobodyOutside() throws Exception {
        String east = staff("SALES_EAST");
        long id = toSales("销售部通知", false).get("id").asLong();
        assertThat(id).isGreaterThan(127);

        for (String reader : new String[] {"manager", east}) {
            mvc.perform(get("/api/v1/announcements/" + id).with(as(reader))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.title").value("销售部通知"));
            mvc.perform(get("/api/v1/announcements").with(as(reader)))
                    .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        }
        // South China sales hangs under head office, not under the sales department; customer service neither.
        for (String outsider : new String[] {"manager2", "service"}) {
            mvc.perform(get("/api/v1/announcements/" + id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/announcements/" + id + "/read").with(as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/announcements").with(as(outsider)))
                    .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
            mvc.perform(get("/announcements/" + id).with(as(outsider))).andExpect(status().isNotFound());
        }
    }

    @Test
    void aMustReadAnnouncementStaysOnTheHomePageUntilConfirmedAndItsAuthorSeesTheCount() throws Exception {
        String east = staff("SALES_EAST");
        long id = toSales("年终盘点必读", true).get("id").asLong();
        // Addressed: everyone enabled in sales and its sub-departments (the director, the manager, the newcomer in
        // East China, and whoever other tests of this JVM added there), counted here from the department tree.
        int addressed = jdbc.sql("""
                with recursive tree(id) as (select id from department where code = 'SALES'
                     union all select d.id from department d join tree t on d.parent_id = t.id)
                select count(*) from app_user u where u.enabled and u.department_id in (select id from tree)""")
                .query(Integer.class).single();
        assertThat(addressed).isGreaterThanOrEqualTo(3);
        mvc.perform(get("/api/v1/announcements/" + id).with(as("director")))
                .andExpect(jsonPath("$.confirmed").value(0)).andExpect(jsonPath("$.addressed").value(addressed));
        mvc.perform(get("/").with(as("manager"))).andExpect(content().string(containsString("年终盘点必读")));

        // Opening it is not confirming it: it stays on the home page.
        mvc.perform(get("/announcements/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("announcement-confirm")));
        mvc.perform(get("/").with(as("manager"))).andExpect(content().string(containsString("年终盘点必读")));

        mvc.perform(post("/announcements/" + id + "/confirm").with(as("manager")).with(csrf()).param("back", "/"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/announcements/" + id + "/read").with(as(east)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confirmedAt").isString())
                .andExpect(jsonPath("$.confirmed").doesNotExist());
        mvc.perform(get("/").with(as("manager"))).andExpect(content().string(not(containsString("年终盘点必读"))));

        mvc.perform(get("/api/v1/announcements/" + id).with(as("director")))
                .andExpect(jsonPath("$.confirmed").value(2)).andExpect(jsonPath("$.addressed").value(addressed))
                .andExpect(jsonPath("$.notConfirmed").value(hasItem("李明华")));
        mvc.perform(get("/api/v1/announcements").with(as("director")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].confirmed").value(hasItem(2)));
        mvc.perform(get("/announcements/" + id).with(as("director")))
                .andExpect(content().string(containsString("已确认 2 / " + addressed + " 人")));
        // A reader who is not its author sees no counts.
        mvc.perform(get("/api/v1/announcements/" + id).with(as("manager")))
                .andExpect(jsonPath("$.confirmed").doesNotExist()).andExpect(jsonPath("$.confirmedAt").isString());
    }

    @Test
    void anUnreadAnnouncementIsMarkedUntilOpened() throws Exception {
        long id = publish("admin", """
                {"title":"全员通知：系统维护","body":"周六 22:00 维护","format":"MARKDOWN","everyone":true,"publishedFrom":"%s"}"""
                .formatted(today())).get("id").asLong();
        mvc.perform(get("/api/v1/announcements").param("unread", "true").with(as("manager2")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(get("/announcements").with(as("manager2")))
                .andExpect(content().string(containsString("announcement-row-" + id)))
                .andExpect(content().string(containsString("announcement-unread")));

        mvc.perform(get("/announcements/" + id).with(as("manager2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("周六 22:00 维护")));

        mvc.perform(get("/api/v1/announcements").param("unread", "true").with(as("manager2")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(get("/api/v1/announcements/" + id).with(as("manager2"))).andExpect(jsonPath("$.readAt").isString());
    }

    @Test
    void anAnnouncementOutsideItsPublishPeriodIsShownOnlyToItsAuthor() throws Exception {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        long id = publish("director", """
                {"title":"下月预告","body":"下月见","everyone":true,"publishedFrom":"%s"}""".formatted(today.plusDays(3)))
                .get("id").asLong();
        mvc.perform(get("/api/v1/announcements/" + id).with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/announcements/" + id).with(as("director"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.current").value(false));
    }

    @Test
    void refusesInvalidInputNamingEachFieldAndWritersWithoutThePermission() throws Exception {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        mvc.perform(post("/api/v1/announcements").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":" ","body":"","publishedFrom":"%s","publishedUntil":"%s"}"""
                                .formatted(today, today.minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "title", "body", "departmentIds", "publishedUntil")));
        mvc.perform(post("/api/v1/announcements").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"无此部门","body":"x","departmentIds":[987654321]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("departmentIds", "publishedFrom")));
        mvc.perform(post("/api/v1/announcements").with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"越权","body":"x","everyone":true,"publishedFrom":"%s"}""".formatted(today)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from announcement where title in ('无此部门', '越权')").query(Long.class).single())
                .isZero();
        // The form shows the message beside the field, not an error page.
        mvc.perform(post("/announcements").with(as("director")).with(csrf()).param("title", "").param("body", "x")
                        .param("everyone", "true").param("publishedFrom", today.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请输入标题。")));
    }

    @Test
    void aStaleVersionAnswersConflictAndOnlyTheAuthorOrAnAdministratorEdits() throws Exception {
        JsonNode created = toSales("待修改", false);
        long id = created.get("id").asLong();
        String edit = """
                {"title":"已修改","body":"新内容","departmentIds":[%d],"publishedFrom":"%s","version":%d}""";
        mvc.perform(put("/api/v1/announcements/" + id).with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted(department("SALES"), today(), 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/announcements/" + id).with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted(department("SALES"), today(), 0)))
                .andExpect(status().isConflict());
        // The service manager may publish, but not change the sales director's announcement (which they cannot even see).
        mvc.perform(put("/api/v1/announcements/" + id).with(as("servicelead")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted(department("SALES"), today(), 1)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/announcements/" + id).with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(edit.formatted(department("SALES"), today(), 1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
    }
}
