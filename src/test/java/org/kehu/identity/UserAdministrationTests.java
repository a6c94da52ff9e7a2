package org.kehu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithUserDetails("manager")
    void accountManagerCannotOpenTheUserAdministration() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/export")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("admin")
    void exportsTheFilteredUserListAsCsv() throws Exception {
        String csv = mvc.perform(get("/admin/users/export").param("q", "manager2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).startsWith("\uFEFF用户名").contains("manager2,陈静").contains("客户经理").doesNotContain("张伟");
    }

    @Test
    @WithUserDetails("admin")
    void listsAndFiltersUsers() throws Exception {
        // Filtered: other tests add users, which may push a demo user off the first page of all.
        mvc.perform(get("/admin/users").param("q", "manager")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("user-row-manager2")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"user-filter\"")));
        mvc.perform(get("/admin/users").param("q", "manager2").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("user-row-manager2")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("user-row-director"))));
    }

    /** Creates {@code n} disabled users of the SALES department named prefix01, prefix02, ...; answers their ids. */
    private java.util.List<Long> pagedUsers(String prefix, int n) {
        String hash = encoder.encode("Paging-2024!");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(jdbc.sql("""
                    insert into app_user(username, password_hash, name, department_id, enabled)
                    values (:u, :h, :n, (select id from department where code = 'SALES'), false) returning id""")
                    .param("u", prefix.toLowerCase() + "_" + i).param("h", hash).param("n", prefix + String.format("%02d", i))
                    .query(Long.class).single());
        }
        return ids;
    }

    private static java.util.List<String> rowIds(String html) {
        var m = java.util.regex.Pattern.compile("id=\"user-row-([^\"]+)\"").matcher(html);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String link(String html, String id) {
        var m = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"" + id + "\"")
                .matcher(html);
        return m.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    @Test
    @WithUserDetails("admin")
    void theUserListPagesByNameWithItsFiltersKeptInThePagerLinks() throws Exception {
        String prefix = "Pg" + TestStaff.uniqueName("");
        java.util.List<Long> ids = pagedUsers(prefix, 25);
        long sales = jdbc.sql("select id from department where code = 'SALES'").query(Long.class).single();

        String first = mvc.perform(get("/admin/users").param("q", prefix).param("departmentId", String.valueOf(sales))
                        .param("enabled", "false").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rowIds(first)).hasSize(20).first().isEqualTo(prefix.toLowerCase() + "_1");
        assertThat(first).contains("25 users").doesNotContain("users-page-previous");
        String next = link(first, "users-page-next");
        assertThat(next).contains("q=" + prefix).contains("departmentId=" + sales).contains("enabled=false")
                .contains("after=").doesNotContain("page=");

        String second = mvc.perform(get(next).header("HX-Request", "true").header("HX-Target", "user-rows"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rowIds(second)).containsExactly(java.util.stream.IntStream.rangeClosed(21, 25)
                .mapToObj(i -> prefix.toLowerCase() + "_" + i).toArray(String[]::new));
        assertThat(second).doesNotContain("users-page-next");
        String previous = link(second, "users-page-previous");
        assertThat(previous).contains("q=" + prefix).contains("enabled=false").contains("before=");
        String back = mvc.perform(get(previous)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rowIds(back)).isEqualTo(rowIds(first));

        // The API pages the same list by the same cursors, each user once, in name order.
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        java.util.List<Long> seen = new java.util.ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = get("/api/v1/users").param("q", prefix).param("enabled", "false").param("size", "10");
            if (after != null) {
                request.param("after", after);
            }
            var page = json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            after = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (after != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(ids);
    }

    @Test
    void administratorCreatesRoleAndUserWhoSignsInWithThatRolesPermissions() throws Exception {
        Cookie admin = login("admin", "demo123");
        String roleCode = ("R" + TestStaff.uniqueName("")).toUpperCase();
        mvc.perform(post("/admin/roles").cookie(admin).with(csrf())
                        .param("code", roleCode).param("nameZh", "审计员").param("nameEn", "Auditor")
                        .param("dataScope", "OWN").param("permissions", "user.view", "audit.view"))
                .andExpect(status().is3xxRedirection());
        long roleId = jdbc.sql("select id from role where code = :c").param("c", roleCode).query(Long.class).single();

        String username = TestStaff.uniqueName("new");
        mvc.perform(post("/admin/users").cookie(admin).with(csrf())
                        .param("username", username).param("name", "新同事").param("email", username + "@kehu.example.cn")
                        .param("positionCode", "").param("levelCode", "")
                        .param("enabled", "true").param("roleIds", String.valueOf(roleId))
                        .param("initialPassword", "Welcome-2024"))
                .andExpect(status().is3xxRedirection());

        Cookie newcomer = login(username, "Welcome-2024");
        mvc.perform(get("/admin/users").cookie(newcomer)).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").cookie(newcomer)).andExpect(status().isOk());
        mvc.perform(get("/admin/roles").cookie(newcomer)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'role' and action = 'CREATE' and summary = :c")
                .param("c", roleCode).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void showsBesideTheFieldsThatUsernameAndEmployeeCodeAreTakenAndEmailMalformed() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).param("username", "manager").param("name", "重复")
                        .param("employeeCode", "S0002").param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("user", "email"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"user-save\"")));
        mvc.perform(post("/admin/users").with(csrf()).param("username", "manager").param("name", "重复")
                        .param("employeeCode", "S0002").param("email", "a@b.cn"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("user", "username", "identity.user.username.taken"))
                .andExpect(model().attributeHasFieldErrorCode("user", "employeeCode", "identity.user.employee-code.taken"));
    }

    @Test
    @WithUserDetails("admin")
    void updateIsAuditedWithOldAndNewValuesAndStaleVersionIsRefused() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "secret-123");
        long id = TestStaff.idOf(jdbc, username);
        mvc.perform(post("/admin/users/" + id).with(csrf()).param("username", username).param("name", "改名后")
                        .param("phone", "13912345678").param("enabled", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        var audit = jdbc.sql("""
                select old_value ->> 'name' as old_name, new_value ->> 'name' as new_name, new_value ->> 'phone' as phone,
                       (new_value::text like '%password%') as leaks_password
                  from audit_log where entity_type = 'user' and entity_id = :id and action = 'UPDATE'""")
                .param("id", id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        assertThat(audit).containsExactly("测试" + username, "改名后", "13912345678", "f");

        mvc.perform(post("/admin/users/" + id).with(csrf()).param("username", username).param("name", "又改名")
                        .param("enabled", "true").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("user-conflict")));
        assertThat(jdbc.sql("select name from app_user where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("改名后");
    }

    @Test
    @WithUserDetails("admin")
    void deletesOnlyAUserWhoNeverSignedInAndDisablesTheOthers() throws Exception {
        String fresh = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "secret-123");
        long freshId = TestStaff.idOf(jdbc, fresh);
        mvc.perform(post("/admin/users/" + freshId + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from app_user where id = :id").param("id", freshId).query(Long.class).single()).isZero();

        String used = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "secret-123");
        long usedId = TestStaff.idOf(jdbc, used);
        jdbc.sql("insert into audit_log(actor_id, actor_name, action, entity_type, entity_id) values (:id, :u, 'LOGIN', 'user', :id)")
                .param("id", usedId).param("u", used).update();
        mvc.perform(post("/admin/users/" + usedId + "/delete").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("actionError"));
        mvc.perform(post("/admin/users/" + usedId + "/disable").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select enabled from app_user where id = :id").param("id", usedId).query(Boolean.class).single()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void refusesToDeleteADepartmentWithUsersOrToMoveItUnderItsChild() throws Exception {
        long sales = jdbc.sql("select id from department where code = 'SALES'").query(Long.class).single();
        long east = jdbc.sql("select id from department where code = 'SALES_EAST'").query(Long.class).single();
        mvc.perform(post("/admin/departments/" + sales + "/delete").with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("actionError"));
        mvc.perform(post("/admin/departments/" + sales).with(csrf()).param("code", "SALES").param("name", "销售部")
                        .param("parentId", String.valueOf(east)).param("sortOrder", "20").param("version", "0"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("editErrors"));
        assertThat(jdbc.sql("select parent_id from department where id = :id").param("id", east).query(Long.class).single())
                .isEqualTo(sales);
        mvc.perform(get("/admin/departments")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("department-SALES_EAST")));
    }

    @Test
    @WithUserDetails("admin")
    void systemRoleCannotBeDeleted() throws Exception {
        long adminRole = jdbc.sql("select id from role where code = 'ADMIN'").query(Long.class).single();
        mvc.perform(post("/admin/roles/" + adminRole + "/delete").with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("actionError"));
        mvc.perform(get("/admin/roles/" + adminRole)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"perm-customer-view\"")));
    }

    @Test
    @WithUserDetails("admin")
    void everyAdministrationPageOpensForTheAdministrator() throws Exception {
        long east = jdbc.sql("select id from department where code = 'SALES_EAST'").query(Long.class).single();
        for (String page : new String[] {"/admin/users/new", "/admin/roles", "/admin/roles/new", "/admin/audit",
                "/admin/departments?edit=" + east, "/profile"}) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
        mvc.perform(get("/admin/users/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/roles/999999")).andExpect(status().isNotFound());
    }

    @Test
    void administratorResetsAPasswordThatIsShownOnceAndWorks() throws Exception {
        String username = TestStaff.create(jdbc, encoder, "ACCOUNT_MANAGER", "old-password");
        long id = TestStaff.idOf(jdbc, username);
        Cookie admin = login("admin", "demo123");
        String password = (String) mvc.perform(post("/admin/users/" + id + "/password").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("newPassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(8);
        login(username, password);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_id = :id and entity_type = 'user' and new_value::text like '%$2%'")
                .param("id", id).query(Long.class).single()).as("no password hash in the audit").isZero();
    }

    @Test
    void administratorCannotDisableThemselves() throws Exception {
        Cookie admin = login("admin", "demo123");
        long adminId = TestStaff.idOf(jdbc, "admin");
        mvc.perform(post("/admin/users/" + adminId + "/disable").cookie(admin).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("actionError"));
        assertThat(jdbc.sql("select enabled from app_user where id = :id").param("id", adminId).query(Boolean.class).single()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void roleChangeIsAuditedAndAStaleVersionIsRefused() throws Exception {
        String code = ("R" + TestStaff.uniqueName("")).toUpperCase();
        mvc.perform(post("/admin/roles").with(csrf()).param("code", code).param("nameZh", "甲").param("nameEn", "A")
                .param("dataScope", "OWN").param("permissions", "customer.view")).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from role where code = :c").param("c", code).query(Long.class).single();
        mvc.perform(post("/admin/roles/" + id).with(csrf()).param("code", code).param("nameZh", "甲").param("nameEn", "A")
                .param("dataScope", "DEPARTMENT").param("permissions", "customer.view", "customer.export").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                select old_value ->> 'dataScope' || '>' || (new_value ->> 'dataScope') || ' ' || (new_value ->> 'permissions')
                  from audit_log where entity_type = 'role' and entity_id = :id and action = 'UPDATE'""")
                .param("id", id).query(String.class).single()).isEqualTo("OWN>DEPARTMENT customer.export, customer.view");
        mvc.perform(post("/admin/roles/" + id).with(csrf()).param("code", code).param("nameZh", "乙").param("nameEn", "B")
                .param("dataScope", "ALL").param("version", "0"))
                .andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString("role-conflict")));
        mvc.perform(post("/admin/roles/" + id).with(csrf()).param("code", code).param("nameZh", "乙").param("nameEn", "B")
                .param("dataScope", "ALL").param("permissions", "customer.fly").param("version", "1"))
                .andExpect(model().attributeHasFieldErrorCode("role", "permissions", "identity.role.permission.unknown"));
        mvc.perform(post("/admin/roles/" + id + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from role where id = :id").param("id", id).query(Long.class).single()).isZero();
    }

    private Cookie login(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getResponse().getCookie(TestStaff.SESSION_COOKIE);
    }
}
