package org.kehu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bad input on pages: a message beside the field of a form, a 400 for a query parameter out of range, and
 * every error page in the layout and in the user's language, whatever the client accepts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BadInputPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void showsAControlCharacterInAFormFieldBesideTheFieldAndSavesNothing() throws Exception {
        long before = count("customer");
        mvc.perform(post("/customers").param("name", "武汉\u0000机电").with(as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此文本含有不允许的控制字符")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(count("customer")).isEqualTo(before);
    }

    @Test
    void showsADateOutOfRangeBesideTheFieldAndSavesNothing() throws Exception {
        long customer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                where u.username = 'manager' and c.id > 127 order by c.id limit 1""").query(Long.class).single();
        long before = count("contact");
        mvc.perform(post("/customers/" + customer + "/contacts").param("name", "张三").param("birthday", "+999999999-12-31")
                .with(as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写 1900-01-01 至 2200-12-31 之间的有效日期")));
        assertThat(count("contact")).isEqualTo(before);
    }

    @Test
    void refusesDatesAtTheEdgeOfJavasRangeInPageQueriesWith400() throws Exception {
        String edge = "+999999999-12-31";
        mvc.perform(get("/opportunities").param("from", edge).with(as("manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/funnel").param("to", edge).with(as("manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/calendar").param("date", edge).with(as("manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("from", edge).with(as("admin"))).andExpect(status().isBadRequest());
        mvc.perform(get("/tasks/new").param("due", "+99999-12-31T10:00").with(as("manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/calendar").param("date", "2200-12-31").with(as("manager"))).andExpect(status().isOk());
    }

    @Test
    void showsPageErrorsAsAnHtmlPageInTheLayoutWhateverTheClientAccepts() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/customers/999999").accept(MediaType.ALL).with(as("manager")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("id=\"menu-customers\"")))
                .andExpect(content().string(containsString("未找到")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/users").cookie(new Cookie("kehu-lang", "en"))
                .accept(MediaType.APPLICATION_JSON).with(as("manager")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Not permitted")))
                .andExpect(content().string(not(containsString("\"status\""))));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/orders/1").with(as("manager")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("系统出现错误")));
    }

    @Test
    void answersApiErrorsOfTheErrorDispatchAsProblemJson() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/customers/1/interactions")
                .accept(MediaType.TEXT_HTML).with(as("manager")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("文件过大"));
    }

    @Test
    void answersInputTheDatabaseRefusedWith400NotA500() throws Exception {
        Exception refused = new DataIntegrityViolationException("value too long",
                new SQLException("value too long for type character varying(200)", "22001"));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, refused)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/customers").with(as("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }
}
