package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** The data scope of SPEC: own, department, all; the same on pages, API and exports. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerDataScopeTests extends CustomerTestSupport {

    static final String NAME = "襄阳范围测试轴承有限公司";
    long id;

    @BeforeEach
    void managerOwnsACustomer() throws Exception {
        id = createCustomer("manager", NAME).get("id").asLong();
    }

    @Test
    void anotherDepartmentsManagerCannotListOpenExportOrReachTheCustomer() throws Exception {
        String page = mvc.perform(get("/customers").param("q", "范围测试").with(as("manager2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(NAME).doesNotContain("customer-row-" + id);
        mvc.perform(get("/customers/" + id).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/" + id + "/print").with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/" + id + "/edit").with(as("manager2"))).andExpect(status().isNotFound());
        String csv = mvc.perform(get("/customers/export").param("format", "csv").with(as("manager2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(NAME);
        String apiCsv = mvc.perform(get("/api/v1/customers/export").param("format", "csv").with(as("manager2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(apiCsv).doesNotContain(NAME);
        mvc.perform(get("/api/v1/customers").param("size", "200").with(as("manager2")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(get("/api/v1/customers/" + id).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/customers/" + id).with(as("manager2")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"version\":0}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/contacts").with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/" + id + "/interactions").with(as("manager2")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"occurredAt\":\"2026-03-01T10:30\",\"channelCode\":\"VISIT\",\"summary\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/interactions").with(as("manager2"))).andExpect(status().isNotFound());
    }

    @Test
    void ownerSeesTheCustomerInListPageAndExport() throws Exception {
        assertThat(mvc.perform(get("/customers").param("q", "范围测试").with(as("manager"))).andReturn().getResponse()
                .getContentAsString()).contains(NAME, "customer-row-" + id);
        mvc.perform(get("/customers/" + id).with(as("manager"))).andExpect(status().isOk());
        String csv = mvc.perform(get("/customers/export").param("format", "csv").param("q", NAME).with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(NAME).contains("客户编号");
        byte[] xlsx = mvc.perform(get("/customers/export").param("format", "xlsx").param("q", NAME).with(as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void directorSeesEveryCustomerOfTheSalesDepartment() throws Exception {
        mvc.perform(get("/api/v1/customers").param("q", NAME).with(as("director")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(get("/customers/" + id).with(as("director"))).andExpect(status().isOk());
        long other = createCustomer("manager2", "乐山另一部门测试化工厂").get("id").asLong();
        mvc.perform(get("/api/v1/customers/" + other).with(as("director"))).andExpect(status().isNotFound());
    }

    @Test
    void directorAlsoSeesTheCustomersOfASubDepartmentWhoseColleaguesDoNot() throws Exception {
        long eastId = jdbc.sql("""
                insert into app_user(username, password_hash, name, department_id)
                values ('east_manager', '{noop}x', '华东客户经理', (select id from department where code = 'SALES_EAST'))
                returning id""").query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) select :id, id from role where code = 'ACCOUNT_MANAGER'")
                .param("id", eastId).update();
        long east = createCustomer("east_manager", "苏州华东子部门测试精密件厂").get("id").asLong();

        mvc.perform(get("/api/v1/customers/" + east).with(as("director"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers").param("q", "华东子部门测试").with(as("director")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) east)));
        mvc.perform(get("/api/v1/customers/" + east).with(as("manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id).with(as("east_manager"))).andExpect(status().isNotFound());
    }

    @Test
    void executiveSeesAllCustomers() throws Exception {
        long other = createCustomer("manager2", "绵阳另一部门测试电子厂").get("id").asLong();
        mvc.perform(get("/api/v1/customers/" + id).with(as("executive"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/" + other).with(as("executive"))).andExpect(status().isOk());
        String csv = mvc.perform(get("/api/v1/customers/export").param("format", "csv").param("q", "测试").with(as("executive")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(NAME).contains("绵阳另一部门测试电子厂");
    }

    @Test
    void executiveMayNotCreateCustomers() throws Exception {
        mvc.perform(post("/api/v1/customers").with(as("executive")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"无权限公司\"}")).andExpect(status().isForbidden());
    }
}
