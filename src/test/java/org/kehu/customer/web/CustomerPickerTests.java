package org.kehu.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** The one customer and contact picker: found by pinyin initials within the reader's scope; the forms use it. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerPickerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long createCustomer(String username, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    long createContact(String username, long customer, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers/{id}/contacts", customer).with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\",\"mobile\":\"13800138000\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    @Test
    void findsACustomerByPinyinInitialsAndLeavesOutOneOutsideTheScope() throws Exception {
        long mine = createCustomer("manager", "湖北钢铁公司");
        long others = createCustomer("manager2", "湖北钢材公司");
        assertThat(mine).isGreaterThan(127);
        mvc.perform(get("/customers/picker").param("q", "hbgs").with(as("manager")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + mine + "\"")))
                .andExpect(content().string(containsString("湖北钢铁公司")))
                .andExpect(content().string(not(containsString("value=\"" + others + "\""))));
        // The administrator sees every team's customers.
        mvc.perform(get("/customers/picker").param("q", "hbgs").with(as("admin")))
                .andExpect(content().string(containsString("value=\"" + others + "\"")));
    }

    @Test
    void findsByCodeAndOffersCheckBoxesForFormsThatChooseSeveral() throws Exception {
        long mine = createCustomer("manager", "宜昌精工机械厂");
        String code = jdbc.sql("select code from customer where id = :id").param("id", mine).query(String.class).single();
        mvc.perform(get("/customers/picker").param("q", code).param("as", "checks").param("prefix", "followup-")
                        .with(as("manager")))
                .andExpect(content().string(containsString("id=\"followup-customer-" + mine + "\"")))
                .andExpect(content().string(containsString("name=\"customerIds\"")));
        mvc.perform(get("/customers/picker").param("q", "zzzzqqq").with(as("manager")))
                .andExpect(content().string(containsString("未找到客户")));
    }

    @Test
    void theContactPickerListsTheContactsOfTheChosenCustomerOnlyWithinTheScope() throws Exception {
        long mine = createCustomer("manager", "荆州华强电器公司");
        long contact = createContact("manager", mine, "刘振华");
        long others = createCustomer("manager2", "荆州远大电器公司");
        long othersContact = createContact("manager2", others, "何丽");
        mvc.perform(get("/customers/picker/contacts").param("customerId", String.valueOf(mine)).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + contact + "\"")));
        mvc.perform(get("/customers/picker/contacts").param("customerId", String.valueOf(others)).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"" + othersContact + "\""))));
    }

    @Test
    void everyFormThatChoosesACustomerShowsTheOnePicker() throws Exception {
        mvc.perform(get("/tasks/new").with(as("manager")))
                .andExpect(content().string(containsString("id=\"task-customer-search\"")))
                .andExpect(content().string(containsString("hx-get=\"/customers/picker\"")))
                .andExpect(content().string(containsString("id=\"task-contactId\"")));
        mvc.perform(get("/tickets/new").with(as("service")))
                .andExpect(content().string(containsString("id=\"ticket-customer-search\"")))
                .andExpect(content().string(containsString("hx-get=\"/customers/picker/contacts\"")));
        mvc.perform(get("/orders/new").with(as("manager")))
                .andExpect(content().string(containsString("id=\"order-customer-search\"")))
                .andExpect(content().string(containsString("name=\"customer\"")));
        mvc.perform(get("/follow-ups/new").with(as("servicelead")))
                .andExpect(content().string(containsString("id=\"followup-q\"")))
                .andExpect(content().string(containsString("/js/pickers.js")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void theFormsStillSubmitWithAChosenCustomerAndContact() throws Exception {
        long customer = createCustomer("manager", "十堰东风配件厂");
        long contact = createContact("manager", customer, "黄建军");
        mvc.perform(post("/tasks").with(as("manager")).with(csrf())
                        .param("kind", "TASK").param("title", "回访配件需求")
                        .param("dueAt", LocalDateTime.now().plusHours(3).withNano(0).withSecond(0).toString())
                        .param("priority", "NORMAL").param("remindBeforeMinutes", "0").param("q", "sydf")
                        .param("customerId", String.valueOf(customer)).param("contactId", String.valueOf(contact)))
                .andExpect(redirectedUrlPattern("/tasks/*"));
        mvc.perform(get("/orders/new").param("q", "sydf").param("customer", String.valueOf(customer)).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("十堰东风配件厂")))
                .andExpect(content().string(containsString("id=\"order-form\"")));
    }
}
