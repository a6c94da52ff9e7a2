package org.kehu.catalog;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signs in demo users and creates products through the API. */
abstract class CatalogTestSupport {

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

    String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long categoryId(String code) {
        return jdbc.sql("select id from product_category where code = ?").param(code).query(Long.class).single();
    }

    long warehouseId(String code) {
        return jdbc.sql("select id from warehouse where code = ?").param(code).query(Long.class).single();
    }

    long productId(String code) {
        return jdbc.sql("select id from product where code = ?").param(code).query(Long.class).single();
    }

    JsonNode createProduct(String code, String name, String price) throws Exception {
        String body = """
                {"code":"%s","name":"%s","categoryId":%d,"model":"T-1","unitCode":"UNIT","price":%s,"lowStockThreshold":5}"""
                .formatted(code, name, categoryId("CNC"), price);
        String response = mvc.perform(post("/api/v1/products").with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response);
    }
}
