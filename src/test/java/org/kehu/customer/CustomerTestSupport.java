package org.kehu.customer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signs in demo users and creates customers of one's own through the API. */
abstract class CustomerTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    JsonNode createCustomer(String username, String name) throws Exception {
        return createCustomerJson(username, "{\"name\":\"" + name + "\"}");
    }

    JsonNode createCustomerJson(String username, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/customers").param("confirmDuplicate", "true").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }
}
