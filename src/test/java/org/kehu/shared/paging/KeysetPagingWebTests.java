package org.kehu.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every list pages through the one kernel: a cursor of a real next page leads on (past the first ids), a
 * malformed cursor is a 400 naming the parameter on the API and the 400 page on pages, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeysetPagingWebTests {

    /** Cursors people or tools may send: Java's former "For input string" case, garbage, other lists' formats. */
    private static final List<String> BAD_CURSORS = List.of("9999999999999999999999_1", "garbage!", "2026-01-01:5",
            "1700000000.0.5", "PRD-0001~1", "12345", "a2s6OTk5OTk5OTk5OTk5OTk5OTk5OTk5Ok");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    final JsonMapper json = JsonMapper.builder().build();

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @ParameterizedTest
    @CsvSource({
            "admin, /api/v1/customers?size=40",
            "admin, /api/v1/customers?size=40&sort=name",
            "admin, /api/v1/orders?size=40",
            "admin, /api/v1/opportunities?size=40",
            "admin, /api/v1/tickets?size=40",
            "admin, /api/v1/tasks?size=40&view=team&status=ALL",
            "admin, /api/v1/products?size=10",
            "admin, /api/v1/inventory?size=10",
            "admin, /api/v1/inventory/movements?size=40",
            "admin, /api/v1/users?size=2"})
    void theNextCursorOfARealPageLeadsOnWithoutRepeatingARow(String username, String url) throws Exception {
        Set<Long> seen = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        String next = null;
        int pages = 0;
        // Follow the cursors over three pages at least, and on until rows past id 127 came or the list ended.
        do {
            String u = next == null ? url : url + "&after=" + next;
            JsonNode page = json.readTree(mvc.perform(get(u).with(as(username))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            for (JsonNode item : page.get("items")) {
                long id = item.has("id") ? item.get("id").asLong() : item.get("productId").asLong() * 1000
                        + item.get("warehouseId").asLong();
                assertThat(seen.add(id)).as("row %s repeated on page %s of %s", id, pages, url).isTrue();
                ids.add(id);
            }
            assertThat(page.get("hasNext").asBoolean()).isEqualTo(!page.get("next").isNull());
            next = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (next != null && pages < 20 && (pages < 3 || ids.stream().noneMatch(id -> id > 127)));
        assertThat(pages).as("pages of %s", url).isGreaterThan(2);
        if (next != null) {
            assertThat(ids).as("rows of %s", url).anyMatch(id -> id > 127);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/customers", "/api/v1/orders", "/api/v1/opportunities", "/api/v1/tickets",
            "/api/v1/tasks", "/api/v1/products", "/api/v1/inventory", "/api/v1/inventory/movements", "/api/v1/users"})
    void aMalformedCursorOnTheApiIsA400NamingTheParameter(String url) throws Exception {
        for (String bad : BAD_CURSORS) {
            mvc.perform(get(url).param("after", bad).with(as("admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("after"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("For input string"))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/customers", "/api/v1/products", "/api/v1/tasks", "/api/v1/users"})
    void aMalformedBeforeCursorNamesBefore(String url) throws Exception {
        mvc.perform(get(url).param("before", "9999999999999999999999_1").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("before"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/customers", "/orders", "/opportunities", "/tickets", "/tasks", "/products", "/inventory",
            "/inventory/movements", "/follow-ups", "/admin/users"})
    void aMalformedCursorOnAPageAnswersThe400Page(String url) throws Exception {
        for (String bad : BAD_CURSORS) {
            mvc.perform(get(url).param("after", bad).with(as("admin")).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("For input string"))));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/customers, customer-rows", "/orders, order-rows", "/opportunities, opportunity-rows",
            "/tickets, ticket-rows", "/tasks?view=team&status=ALL, task-rows", "/products, product-rows",
            "/inventory, stock-rows", "/inventory/movements, movement-rows", "/follow-ups?view=all, followup-rows"})
    void theNextLinkOfAPageOpensTheFollowingPage(String url, String rows) throws Exception {
        String html = mvc.perform(get(url).with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var next = java.util.regex.Pattern.compile("id=\"[a-z]*-?page-next\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"[a-z]*-?page-next\"")
                .matcher(html);
        assertThat(next.find()).as("a next link on %s", url).isTrue();
        String href = org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1) != null ? next.group(1) : next.group(2));
        // A signed-in browser already holds its CSRF token in its session. Here there is none, and a long fragment
        // is flushed before its first row form asks for the token, too late to create a session for it.
        String second = mvc.perform(get(href).with(as("admin")).with(csrf()).header("HX-Request", "true").header("HX-Target", rows))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).containsAnyOf("page-first", "page-previous");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users?size=99999999999", "/api/v1/customers?size=99999999999",
            "/api/v1/orders?size=abc"})
    void aNumberPastIntIsA400NamingTheParameter(String url) throws Exception {
        String parameter = url.substring(url.indexOf('?') + 1, url.indexOf('='));
        mvc.perform(get(url).with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(parameter)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/customers", "/api/v1/orders", "/api/v1/tickets"})
    void aHugePageSizeIsClampedToTheMaximum(String url) throws Exception {
        mvc.perform(get(url).param("size", "100000").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(200)));
    }
}
