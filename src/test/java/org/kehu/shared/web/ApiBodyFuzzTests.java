package org.kehu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks the write bodies of the API and puts each bad value into each field in turn (a NUL byte, 1e308,
 * a date at the edge of Java's range, a value of the wrong type, a text of 20,000 characters, a fraction): no answer
 * may be a 500, and every refusal is problem+json.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ApiBodyFuzzTests {

    private static final List<String> BAD_VALUES = List.of("\"a\\u0000b\"", "1e308", "\"+999999999-12-31T23:59:59\"",
            "{\"x\":1}", "\"" + "长".repeat(20_000) + "\"", "0.0001");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    record Endpoint(String username, String url, String body) {
    }

    @Test
    void noBadValueInAnyFieldAnswers500() throws Exception {
        long customer = jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                where u.username = 'manager' and c.id > 127 order by c.id limit 1""").query(Long.class).single();
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        long product = jdbc.sql("select min(id) from product").query(Long.class).single();
        List<Endpoint> endpoints = List.of(
                new Endpoint("manager", "/api/v1/customers?confirmDuplicate=true", """
                        {"name":"武汉测试机电","website":"www.example.com","phone":"027-1234567","address":"光谷",
                         "natureCode":"PRIVATE","ownerId":%d,"bank":"银行","taxNumber":"9142","status":"ACTIVE"}""".formatted(manager)),
                new Endpoint("manager", "/api/v1/customers/" + customer + "/contacts", """
                        {"name":"张三","birthday":"1980-05-01","email":"a@b.cn","mobile":"13800000000","primary":false,
                         "hobbies":"钓鱼"}"""),
                new Endpoint("manager", "/api/v1/customers/" + customer + "/interactions", """
                        {"occurredAt":"2026-05-01T10:00","channelCode":"VISIT","summary":"拜访","details":"细节","place":"武汉"}"""),
                new Endpoint("manager", "/api/v1/customers/transfer", """
                        {"customerIds":[%d],"ownerId":%d,"reason":"调整"}""".formatted(customer, manager)),
                new Endpoint("manager", "/api/v1/opportunities", """
                        {"prospectName":"武汉机床","summary":"采购","stageCode":"INITIAL","expectedAmount":1000,
                         "probability":10,"expectedCloseDate":"2027-01-01","description":"说明"}"""),
                new Endpoint("manager", "/api/v1/tasks", """
                        {"kind":"TASK","title":"回访","dueAt":"2026-06-01T10:00","description":"说明","priority":"NORMAL",
                         "remindBeforeMinutes":30,"customerId":%d}""".formatted(customer)),
                new Endpoint("manager", "/api/v1/orders", """
                        {"customerId":%d,"orderDate":"2026-05-01","promisedDate":"2026-06-01","note":"备注",
                         "lines":[{"productId":%d,"quantity":1,"unitPrice":100,"discount":0}]}""".formatted(customer, product)),
                new Endpoint("service", "/api/v1/tickets", """
                        {"customerId":%d,"typeCode":"REPAIR","priorityCode":"NORMAL","channel":"PHONE","subject":"异响",
                         "content":"主轴","requestedAt":"2026-05-01T10:00:00Z","orderNumber":"SO1"}""".formatted(customer)));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            JsonNode base = json.readTree(endpoint.body());
            for (List<Object> path : leaves(base, new ArrayList<>())) {
                for (String bad : BAD_VALUES) {
                    JsonNode body = base.deepCopy();
                    set(body, path, json.readTree(bad));
                    MockHttpServletResponse answer = mvc.perform(post(endpoint.url())
                            .with(user(accounts.loadUserByUsername(endpoint.username()))).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                            .andReturn().getResponse();
                    requests++;
                    boolean problem = answer.getStatus() < 400
                            || String.valueOf(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    if (answer.getStatus() >= 500 || !problem) {
                        failures.add(answer.getStatus() + " " + endpoint.url() + " " + path + " = "
                                + bad.substring(0, Math.min(bad.length(), 30)) + ": " + answer.getContentAsString());
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    private static List<List<Object>> leaves(JsonNode node, List<Object> at) {
        List<List<Object>> found = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                List<Object> next = new ArrayList<>(at);
                next.add(name);
                found.add(next);
                found.addAll(leaves(object.get(name), next).stream().filter(p -> p.size() > next.size()).toList());
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            found.add(next);
            found.addAll(leaves(array.get(0), next).stream().filter(p -> p.size() > next.size()).toList());
        }
        return found;
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
    }
}
