package org.kehu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bad input to the API answers 400 problem+json naming the field, and writes nothing: control characters,
 * dates at the edge of Java's range, nulls in id lists, values of the wrong type.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BadInputApiTests {

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

    /** A customer of the manager's, with an id past the first 127. */
    long customerOfManager() {
        return jdbc.sql("""
                select c.id from customer c join app_user u on u.id = c.owner_id
                where u.username = 'manager' and c.id > 127 order by c.id limit 1""").query(Long.class).single();
    }

    ResultActions postJson(String url, String body) throws Exception {
        return send(post(url), body);
    }

    ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    @Test
    void refusesANulByteInACustomerNameNamingTheFieldAndWritesNothing() throws Exception {
        long before = count("customer");
        refused(postJson("/api/v1/customers", "{\"name\":\"武汉\\u0000机电\"}"), "name");
        assertThat(count("customer")).isEqualTo(before);
    }

    @Test
    void refusesANulByteInAContactAndAnInteraction() throws Exception {
        long customer = customerOfManager();
        long contacts = count("contact");
        long interactions = count("interaction");
        refused(postJson("/api/v1/customers/" + customer + "/contacts", "{\"name\":\"张\\u0000三\"}"), "name");
        refused(postJson("/api/v1/customers/" + customer + "/interactions",
                "{\"occurredAt\":\"2026-05-01T10:00\",\"channelCode\":\"VISIT\",\"summary\":\"a\\u0000b\"}"), "summary");
        assertThat(count("contact")).isEqualTo(contacts);
        assertThat(count("interaction")).isEqualTo(interactions);
    }

    @Test
    void refusesControlCharactersInUploadedFileNamesNamingThePart() throws Exception {
        long customer = customerOfManager();
        long attachments = count("interaction_attachment");
        MockMultipartFile file = new MockMultipartFile("files", "报告\u0000.pdf", "application/pdf", new byte[] {1, 2, 3});
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/customers/" + customer + "/interactions").file(file)
                .param("occurredAt", "2026-05-01T10:00").param("channelCode", "VISIT").param("summary", "拜访")
                .with(as("manager")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("files"));
        assertThat(count("interaction_attachment")).isEqualTo(attachments);
    }

    @Test
    void refusesDatesAtTheEdgeOfJavasRangeInBodies() throws Exception {
        long customer = customerOfManager();
        long contacts = count("contact");
        refused(postJson("/api/v1/customers/" + customer + "/contacts",
                "{\"name\":\"张三\",\"birthday\":\"+999999999-12-31\"}"), "birthday");
        refused(postJson("/api/v1/customers/" + customer + "/contacts",
                "{\"name\":\"张三\",\"birthday\":\"1899-12-31\"}"), "birthday");
        refused(postJson("/api/v1/customers/" + customer + "/interactions",
                "{\"occurredAt\":\"+999999999-12-31T23:59:59\",\"channelCode\":\"VISIT\",\"summary\":\"拜访\"}"), "occurredAt");
        assertThat(count("contact")).isEqualTo(contacts);
    }

    @Test
    void acceptsTheEdgesOfTheSaneRange() throws Exception {
        long customer = customerOfManager();
        postJson("/api/v1/customers/" + customer + "/contacts", "{\"name\":\"张三\",\"birthday\":\"1900-01-01\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void refusesDatesAtTheEdgeOfJavasRangeInQueryParameters() throws Exception {
        mvc.perform(get("/api/v1/opportunities").param("from", "+999999999-12-31").with(as("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/opportunities").param("to", "2024-02-30").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void refusesANullInsideAnIdListNamingTheEntry() throws Exception {
        long customer = customerOfManager();
        long ownerships = count("customer_ownership");
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        refused(postJson("/api/v1/customers/transfer",
                "{\"customerIds\":[" + customer + ",null],\"ownerId\":" + manager + "}"), "customerIds[1]");
        refused(postJson("/api/v1/opportunities/assign", "{\"ids\":[null],\"assigneeId\":" + manager + "}"), "ids[0]");
        refused(postJson("/api/v1/surveys/1/send", "{\"customerIds\":[" + customer + ",null]}"), "customerIds[1]");
        assertThat(count("customer_ownership")).isEqualTo(ownerships);
    }

    @Test
    void namesTheFieldAndTheExpectedTypeOfAValueOfTheWrongType() throws Exception {
        send(post("/api/v1/customers").header("Accept-Language", "en"), "{\"name\":\"x\",\"ownerId\":\"abc\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"))
                .andExpect(jsonPath("$.errors[0].message").value("须为整数"));
        postJson("/api/v1/customers", "{\"name\":{\"a\":1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("须为文本"));
        mvc.perform(post("/api/v1/customers").cookie(new jakarta.servlet.http.Cookie("kehu-lang", "en")).with(as("manager"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"ownerId\":1.5e400}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
        postJson("/api/v1/customers", "{\"name\":")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").exists());
    }

    @Test
    void answersErrorsBeforeAControllerIsChosenAsProblemJson() throws Exception {
        mvc.perform(delete("/api/v1/customers").with(as("manager")).with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.title").value("不支持的请求方法"));
        mvc.perform(post("/api/v1/customers").with(as("manager")).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
        mvc.perform(get("/api/v1/customers").with(as("manager")).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));
        mvc.perform(get("/api/v1/no-such-thing").with(as("manager")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesControlCharactersInQueryParameters() throws Exception {
        mvc.perform(get("/api/v1/customers").param("q", "a\u0000b").with(as("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.detail").value(containsString("控制字符")));
    }

    @Autowired
    ApiErrorResolver resolver;

    @Test
    void answersAnUploadOverTheLimitWith413ProblemJson() throws Exception {
        // Tomcat's limit is met while the request is read, before any controller; MockMvc never reads a body
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/customers/1/interactions");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            resolver.resolveException(request, response, null,
                    new org.springframework.web.multipart.MaxUploadSizeExceededException(50L * 1024 * 1024));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("\"status\":413").contains("上传的内容超过了允许的大小");
    }
}
