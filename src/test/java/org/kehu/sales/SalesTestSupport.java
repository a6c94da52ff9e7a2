package org.kehu.sales;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signs in demo users and walks opportunities through the API. */
public abstract class SalesTestSupport {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UserDetailsService accounts;
    @Autowired
    protected JdbcClient jdbc;

    protected final JsonMapper json = JsonMapper.builder().build();

    protected long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    protected RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    protected ResultActions postJson(String username, String url, String body) throws Exception {
        return mvc.perform(post(url).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** A new opportunity created by {@code username} (so owned by them until assigned). */
    protected long create(String username, String prospect) throws Exception {
        return read(postJson(username, "/api/v1/opportunities",
                "{\"prospectName\":\"" + prospect + "\",\"summary\":\"数控机床采购\",\"sourceCode\":\"WEBSITE\","
                        + "\"contactName\":\"吴刚\",\"contactPhone\":\"13971234567\",\"expectedAmount\":250000}")
                .andExpect(status().isCreated())).get("id").asLong();
    }

    protected void assign(String by, long id, String to) throws Exception {
        postJson(by, "/api/v1/opportunities/" + id + "/assign", "{\"assigneeId\":" + userId(to) + "}")
                .andExpect(status().isOk());
    }

    protected long addStep(String by, long id, String date, String item) throws Exception {
        return read(postJson(by, "/api/v1/opportunities/" + id + "/plan/steps",
                "{\"plannedOn\":\"" + date + "\",\"item\":\"" + item + "\"}").andExpect(status().isCreated())).get("id").asLong();
    }

    protected void result(String by, long id, long stepId, String text) throws Exception {
        postJson(by, "/api/v1/opportunities/" + id + "/plan/steps/" + stepId + "/result", "{\"result\":\"" + text + "\"}")
                .andExpect(status().isOk());
    }

    /** Created by the director, assigned to {@code manager}, one step with its result: ready to close. */
    protected long developing(String manager, String prospect) throws Exception {
        long id = create("director", prospect);
        assign("director", id, manager);
        long step = addStep(manager, id, "2026-03-02", "上门拜访");
        result(manager, id, step, "客户有意向");
        return id;
    }
}
