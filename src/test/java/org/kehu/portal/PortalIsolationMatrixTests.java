package org.kehu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kehu.portal.PortalTestSupport.portalLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal's isolation matrix (issue 10, §1 and §9), one row per URL: (a) every signed-in portal URL that addresses
 * a record answers 404 to {@code buyer2} (another company's contact) on {@code buyer}'s record and works for
 * {@code buyer}; (b) no staff page or API call opens to a portal session; (c) the public portal pages open without a
 * sign-in, (e) but not on a record that is not public; (d) the signed-in portal pages send an anonymous visitor to the
 * portal's sign-in.
 *
 * <p>Adding a URL is one line in the list of its kind. A URL names the record it addresses as {@code {placeholder}},
 * looked up by the SQL of {@link #RECORDS} (add a line there for a new kind of record). A POST row's success for the
 * owner is any answer below 400 (a redirect after the action); a row whose POST changes data must have its
 * record made for the test, not taken from the demo data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalIsolationMatrixTests {

    /** One request of the matrix: GET or POST, a URL with {@code {placeholders}}, and the form fields of a POST. */
    record Row(String method, String url, Map<String, String> form) {

        static Row get(String url) {
            return new Row("GET", url, Map.of());
        }

        static Row post(String url, String... fields) {
            Map<String, String> form = new java.util.LinkedHashMap<>();
            for (int i = 0; i + 1 < fields.length; i += 2) {
                form.put(fields[i], fields[i + 1]);
            }
            return new Row("POST", url, form);
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    /** What a placeholder stands for: SQL answering one value (the newest such record). */
    static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("buyersOrder", """
                    select o.number from sales_order o join portal_account a on a.customer_id = o.customer_id
                     where a.login = 'buyer' order by o.id desc limit 1"""),
            Map.entry("buyersContact", "select contact_id from portal_account where login = 'buyer'"),
            Map.entry("buyersTicket", """
                    select t.number from ticket t join portal_account a on a.contact_id = t.contact_id
                     where a.login = 'buyer' and exists (select 1 from ticket_attachment f where f.ticket_id = t.id)
                     order by t.id desc limit 1"""),
            Map.entry("buyersTicketFile", """
                    select f.id from ticket_attachment f join ticket t on t.id = f.ticket_id
                     join portal_account a on a.contact_id = t.contact_id
                     where a.login = 'buyer' order by t.id desc, f.id limit 1"""),
            Map.entry("buyersConfiguration", """
                    select c.id from portal_configuration c join portal_account a on a.customer_id = c.customer_id
                     where a.login = 'buyer' order by c.id desc limit 1"""),
            Map.entry("buyersConversation", """
                    select c.id from chat_conversation c join portal_account a on a.contact_id = c.contact_id
                     where a.login = 'buyer' order by c.id desc limit 1"""),
            Map.entry("buyersDesign", """
                    select d.id from portal_diy_design d join portal_account a on a.customer_id = d.customer_id
                     where a.login = 'buyer' and exists (select 1 from portal_file f where f.owner_kind = 'DIY' and f.owner_id = d.id)
                     order by d.id desc limit 1"""),
            Map.entry("buyersDesignFile", """
                    select f.id from portal_file f join portal_diy_design d on d.id = f.owner_id and f.owner_kind = 'DIY'
                     join portal_account a on a.customer_id = d.customer_id where a.login = 'buyer' order by d.id desc, f.id limit 1"""),
            Map.entry("buyersSharedContractOrder", """
                    select o.number from sales_order o join sales_order_contract k on k.order_id = o.id and k.shared_with_customer
                     join portal_account a on a.customer_id = o.customer_id where a.login = 'buyer' order by k.id desc limit 1"""),
            Map.entry("buyersSharedContract", """
                    select k.id from sales_order o join sales_order_contract k on k.order_id = o.id and k.shared_with_customer
                     join portal_account a on a.customer_id = o.customer_id where a.login = 'buyer' order by k.id desc limit 1"""),
            Map.entry("configurableProduct", """
                    select p.code from product p where p.status = 'ON_SALE'
                     and exists (select 1 from product_option_group g where g.product_id = p.id) order by p.id limit 1"""),
            Map.entry("product", "select code from product where status = 'ON_SALE' order by id limit 1"),
            Map.entry("enterprise", "select id from portal_enterprise where published order by id desc limit 1"),
            Map.entry("concept", "select id from portal_concept where published order by id desc limit 1"),
            Map.entry("recommendedDesign", "select id from portal_diy_design where status = 'RECOMMENDED' order by id desc limit 1"),
            Map.entry("customerArticle", """
                    select id from knowledge_article where status = 'PUBLISHED' and visibility <> 'STAFF' order by id desc limit 1"""),
            Map.entry("unpublishedConcept", "select id from portal_concept where not published order by id desc limit 1"),
            Map.entry("unreviewedDesign", "select id from portal_diy_design where status = 'SUBMITTED' order by id desc limit 1"),
            Map.entry("unreviewedDesignPicture", """
                    select f.id from portal_file f join portal_diy_design d on d.id = f.owner_id
                     where f.owner_kind = 'DIY' and d.status = 'SUBMITTED' and f.content_type like 'image/%'
                     order by f.id desc limit 1"""),
            Map.entry("staffArticle", """
                    select id from knowledge_article where status = 'PUBLISHED' and visibility = 'STAFF' order by id desc limit 1"""),
            Map.entry("productPicture", """
                    select f.id from portal_file f join product p on p.id = f.owner_id
                     where f.owner_kind = 'PRODUCT' and p.status = 'ON_SALE' and f.content_type like 'image/%'
                     order by f.id desc limit 1"""));

    /** (a) Signed-in portal URLs that address one of {@code buyer}'s records. */
    static Stream<Row> buyersRecords() {
        return Stream.of(
                Row.get("/portal/orders/{buyersOrder}"), Row.get("/portal/tickets/{buyersTicket}"),
                Row.get("/portal/tickets/{buyersTicket}/attachments/{buyersTicketFile}"),
                Row.get("/portal/configurations/{buyersConfiguration}"), Row.get("/portal/chat/{buyersConversation}"),
                Row.get("/portal/designs/{buyersDesign}"), Row.get("/portal/designs/{buyersDesign}/files/{buyersDesignFile}"),
                Row.get("/portal/orders/{buyersSharedContractOrder}/contracts/{buyersSharedContract}"));
    }

    /** (b) Staff pages and API calls, a representative of each module's family. */
    static Stream<Row> staffUrls() {
        return Stream.of(
                Row.get("/"), Row.get("/customers"), Row.get("/customers/new"), Row.get("/customers/import"),
                Row.get("/follow-ups"), Row.get("/calendar"), Row.get("/tasks"), Row.get("/notifications"),
                Row.get("/opportunities"), Row.get("/pipeline"), Row.get("/funnel"), Row.get("/orders"),
                Row.get("/orders/import"), Row.get("/products"), Row.get("/inventory"), Row.get("/tickets"),
                Row.get("/surveys"), Row.get("/ratings"), Row.get("/reports"), Row.get("/churn/warnings"),
                Row.get("/analytics/value"), Row.get("/analytics/loyal"), Row.get("/analytics/forecast"), Row.get("/profile"),
                Row.get("/admin/users"), Row.get("/admin/roles"), Row.get("/admin/departments"), Row.get("/admin/audit"),
                Row.get("/admin/dictionary"), Row.get("/admin/regions"), Row.get("/admin/service-levels"),
                Row.get("/admin/outbox"), Row.get("/portal-accounts"), Row.get("/diy-designs"),
                Row.get("/showcase/enterprises"), Row.get("/showcase/concepts"), Row.get("/knowledge"),
                Row.get("/knowledge/missing"), Row.get("/knowledge/new"),
                Row.get("/api/v1/me"), Row.get("/api/v1/customers"), Row.get("/api/v1/opportunities"), Row.get("/api/v1/orders"),
                Row.get("/api/v1/products"), Row.get("/api/v1/inventory"), Row.get("/api/v1/tickets"), Row.get("/api/v1/tasks"),
                Row.get("/api/v1/surveys"), Row.get("/api/v1/ratings/models"), Row.get("/api/v1/reports"),
                Row.get("/api/v1/analytics/clv/model"), Row.get("/api/v1/analytics/loyal-customers"),
                Row.get("/api/v1/knowledge/articles"), Row.get("/api/v1/knowledge/search?q=pump"),
                Row.get("/api/v1/diy-designs"), Row.get("/chat"), Row.get("/chat/history"), Row.get("/chat/queue"),
                Row.get("/guestbook"), Row.get("/guestbook/expired"), Row.get("/api/v1/guestbook"),
                Row.post("/api/v1/contacts/{buyersContact}/portal-invitation"), Row.post("/portal-accounts/invite"),
                Row.post("/knowledge/preview", "body", "x"));
    }

    /** (c) Public portal pages. */
    static Stream<Row> publicUrls() {
        return Stream.of(
                Row.get("/portal"), Row.get("/portal/login"), Row.get("/portal/register"), Row.get("/portal/password/forgot"),
                Row.get("/portal/track"), Row.get("/portal/about/alliance"), Row.get("/portal/about/partners"),
                Row.get("/portal/about/{enterprise}"), Row.get("/portal/catalog/products"),
                Row.get("/portal/catalog/products/{product}"), Row.get("/portal/catalog/configured"),
                Row.get("/portal/catalog/concepts"), Row.get("/portal/catalog/concepts/{concept}"),
                Row.get("/portal/catalog/designs"), Row.get("/portal/catalog/designs/{recommendedDesign}"),
                Row.get("/portal/help"), Row.get("/portal/help/articles"), Row.get("/portal/help/articles/{customerArticle}"),
                Row.get("/portal/files/{productPicture}"));
    }

    /** (e) Public portal URLs of records that are not public: unpublished, not recommended, for staff only. */
    static Stream<Row> hiddenRecords() {
        return Stream.of(
                Row.get("/portal/catalog/concepts/{unpublishedConcept}"), Row.get("/portal/catalog/designs/{unreviewedDesign}"),
                Row.get("/portal/files/{unreviewedDesignPicture}"), Row.get("/portal/help/articles/{staffArticle}"));
    }

    /** (d) Signed-in portal pages. */
    static Stream<Row> signedInUrls() {
        return Stream.concat(buyersRecords(), Stream.of(
                Row.get("/portal/me"), Row.get("/portal/orders"), Row.get("/portal/orders?show=OPEN"),
                Row.get("/portal/profile"), Row.post("/portal/profile", "name", "x"), Row.get("/portal/tickets"),
                Row.get("/portal/tickets/new"), Row.get("/portal/configurations"), Row.get("/portal/configure/{configurableProduct}"),
                Row.get("/portal/chat"), Row.get("/portal/guestbook"), Row.get("/portal/designs"),
                Row.get("/portal/designs/new")));
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Cookie buyer;
    Cookie buyer2;

    @BeforeEach
    void signIn() throws Exception {
        buyer = portalLogin(mvc, "buyer", "demo123");
        buyer2 = portalLogin(mvc, "buyer2", "demo123");
        assertThat(buyer).as("buyer signs in").isNotNull();
        assertThat(buyer2).as("buyer2 signs in").isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buyersRecords")
    void anotherCompanysContactGetsNotFoundWhereTheOwnerGetsTheRecord(Row row) throws Exception {
        String url = resolve(row.url());
        String company = jdbc.sql("select c.name from portal_account a join customer c on c.id = a.customer_id where a.login = 'buyer'")
                .query(String.class).single();
        MockHttpServletResponse other = perform(row, url, buyer2);
        assertThat(other.getStatus()).as("%s %s as buyer2", row.method(), url).isEqualTo(404);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).as("buyer2 sees nothing of buyer's company")
                .doesNotContain(company);
        MockHttpServletResponse own = perform(row, url, buyer);
        if ("GET".equals(row.method()) && own.getRedirectedUrl() == null) {
            assertThat(own.getStatus()).as("%s %s as buyer", row.method(), url).isEqualTo(200);
        } else {
            // A POST, or a GET that leads on (a saved configuration opens the configurator with it).
            assertThat(own.getStatus()).as("%s %s as buyer", row.method(), url).isLessThan(400);
            assertThat(own.getRedirectedUrl()).as("buyer stays signed in").doesNotContain("/portal/login");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staffUrls")
    void aPortalSessionOpensNoStaffUrl(Row row) throws Exception {
        String url = resolve(row.url());
        MockHttpServletResponse answer = perform(row, url, buyer);
        boolean toStaffLogin = answer.getStatus() == 302 && "/login".equals(answer.getRedirectedUrl());
        assertThat(answer.getStatus() == 401 || toStaffLogin)
                .as("%s %s as a portal user answers 401 or sends to the staff sign-in, not %d %s", row.method(), url,
                        answer.getStatus(), answer.getRedirectedUrl())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicUrls")
    void aPublicPortalPageOpensWithoutSigningIn(Row row) throws Exception {
        String url = resolve(row.url());
        assertThat(perform(row, url, null).getStatus()).as("%s %s without a sign-in", row.method(), url).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenRecords")
    void aRecordThatIsNotPublicAnswersNotFoundOnThePublicPages(Row row) throws Exception {
        String url = resolve(row.url());
        assertThat(perform(row, url, null).getStatus()).as("%s %s without a sign-in", row.method(), url).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInUrls")
    void aSignedInPortalPageSendsAnAnonymousVisitorToThePortalSignIn(Row row) throws Exception {
        String url = resolve(row.url());
        MockHttpServletResponse answer = perform(row, url, null);
        assertThat(answer.getStatus()).as("%s %s without a sign-in", row.method(), url).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).as("%s %s without a sign-in", row.method(), url).endsWith("/portal/login");
    }

    private MockHttpServletResponse perform(Row row, String url, Cookie session) throws Exception {
        MockHttpServletRequestBuilder request = "GET".equals(row.method()) ? get(url) : post(url).with(csrf());
        row.form().forEach(request::param);
        if (url.startsWith("/api/")) {
            request.accept("application/json");
        }
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The URL with each placeholder replaced by its record, looked up in the database. */
    private String resolve(String url) {
        Matcher m = PLACEHOLDER.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String sql = RECORDS.get(m.group(1));
            assertThat(sql).as("a lookup in RECORDS for {%s}", m.group(1)).isNotNull();
            String value = jdbc.sql(sql).query((rs, n) -> rs.getString(1)).optional()
                    .orElseThrow(() -> new AssertionError("No record for {" + m.group(1) + "} in the demo data: " + sql));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
