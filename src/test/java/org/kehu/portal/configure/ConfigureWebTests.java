package org.kehu.portal.configure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kehu.portal.configure.ConfigureTestData.portalLogin;
import static org.kehu.portal.configure.ConfigureTestData.staffLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The configurator as a signed-in customer uses it: the price worked out on the server for each choice, every bad
 * choice refused beside its field (never an error page), saving, reopening and deleting, ordering, and a second
 * company's contact finding none of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfigureWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    ConfigureTestData lathe;
    Cookie buyer;
    final List<Long> orders = new ArrayList<>();
    long configurationsBefore;

    @BeforeEach
    void signIn() throws Exception {
        lathe = ConfigureTestData.read(jdbc);
        buyer = portalLogin(mvc, "buyer");
        configurationsBefore = jdbc.sql("select coalesce(max(id), 0) from portal_configuration").query(Long.class).single();
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        for (long order : orders) {
            jdbc.sql("delete from notification where link = ?").param("/orders/" + order).update();
            jdbc.sql("delete from sales_order where id = ?").param(order).update();
        }
        jdbc.sql("delete from portal_configuration where id > ?").param(configurationsBefore).update();
    }

    MockHttpServletRequestBuilder price(List<String[]> choices) {
        MockHttpServletRequestBuilder request = post("/portal/configure/P-0001/price").cookie(buyer).with(csrf())
                .param("lang", "en");
        choices.forEach(c -> request.param(c[0], c[1]));
        return request;
    }

    @Test
    void theConfiguratorShowsTheProductItsComponentsAndEachOptionGroup() throws Exception {
        mvc.perform(get("/portal/configure/P-0001").cookie(buyer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("四工位电动刀架")))
                .andExpect(content().string(containsString("发那科 0i-TF Plus")))
                .andExpect(content().string(containsString("+¥38,000.00")))
                .andExpect(content().string(containsString("id=\"configure-total\"")));
    }

    @Test
    void aProductThatCannotBeConfiguredIsNotFoundAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        for (String code : List.of("P-0002", "P-0008", "NOPE", "x".repeat(60))) { // no options, discontinued, unknown
            mvc.perform(get("/portal/configure/" + code).cookie(buyer)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/portal/configure/P-0001")).andExpect(redirectedUrl("/portal/login"));
        mvc.perform(get("/portal/catalog/products/P-0001")).andExpect(content().string(containsString("id=\"product-configure\"")));
        mvc.perform(get("/portal/catalog/products/P-0002")).andExpect(content().string(not(containsString("id=\"product-configure\""))));
    }

    @Test
    void thePriceAddsEachChosenOptionsDifferenceAndMultipliesByTheQuantity() throws Exception {
        mvc.perform(price(lathe.fanucWithHydraulicChuck()).param("quantity", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("¥212,500.00")));
        mvc.perform(price(lathe.fanucWithHydraulicChuck()).param("quantity", "3")).andExpect(status().isOk())
                .andExpect(content().string(containsString("¥637,500.00")));
        // The browser's idea of a price is not asked for: a unitPrice sent along changes nothing.
        mvc.perform(price(lathe.fanucWithHydraulicChuck()).param("quantity", "1").param("unitPrice", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("¥212,500.00")));
    }

    @Test
    void eachBadChoiceIsAMessageBesideItsFieldNeverAnError() throws Exception {
        String cnc = "g" + lathe.cnc();
        String chuck = "g" + lathe.chuck();
        refused(price(List.of(new String[] {cnc, "" + lathe.optionOfAnotherProduct()}, new String[] {chuck, "" + lathe.manualChuck()})),
                "error-group-" + lathe.cnc(), "This is not an option of this product.");
        refused(price(List.of(new String[] {cnc, "" + lathe.manualChuck()}, new String[] {chuck, "" + lathe.manualChuck()})),
                "error-group-" + lathe.cnc(), "This option belongs to another group.");
        refused(price(List.of(new String[] {"option", "" + lathe.gsk()}, new String[] {"option", "" + lathe.fanuc()},
                new String[] {chuck, "" + lathe.manualChuck()})), "error-group-" + lathe.cnc(), "Choose only one option in this group.");
        refused(price(List.<String[]>of(new String[] {cnc, "" + lathe.gsk()})), "error-group-" + lathe.chuck(), "Choose an option in this group.");
        refused(price(lathe.fanucWithHydraulicChuck()).param("quantity", "0"), "error-quantity", "The quantity is from 1 to 999.");
        refused(price(lathe.fanucWithHydraulicChuck()).param("quantity", "1000"), "error-quantity", "The quantity is from 1 to 999.");
        refused(price(lathe.fanucWithHydraulicChuck()).param("quantity", "two"), "error-quantity", "The quantity is a whole number");
        refused(price(lathe.fanucWithHydraulicChuck()).param("quantity", "1").param("note", "x".repeat(501)), "error-note", "At most 500 characters.");
        refused(price(lathe.fanucWithHydraulicChuck()).param("quantity", "1").param("note", "a\u0000b"), "error-note", "control character");
        refused(price(List.of(new String[] {cnc, lathe.gsk() + "\u0000"}, new String[] {chuck, "" + lathe.manualChuck()})),
                "error-group-" + lathe.cnc(), "This is not an option of this product.");
        refused(price(List.of(new String[] {"option", "9".repeat(40)}, new String[] {cnc, "" + lathe.gsk()},
                new String[] {chuck, "" + lathe.manualChuck()})), "error-option", "This is not an option of this product.");
    }

    private void refused(MockHttpServletRequestBuilder request, String errorId, String message) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"" + errorId + "\"").contains(message).contains("hx-swap-oob");
        assertThat(html.substring(html.indexOf("id=\"" + errorId + "\""))).contains(message);
    }

    @Test
    void thePriceIsJsonForAClientThatAsksAndProblemJsonWhenRefused() throws Exception {
        mvc.perform(price(lathe.fanucWithHydraulicChuck()).param("quantity", "2").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitPrice").value(212500.00))
                .andExpect(jsonPath("$.total").value(425000.00)).andExpect(jsonPath("$.options.length()").value(3));
        mvc.perform(price(lathe.fanucWithHydraulicChuck()).param("quantity", "-1").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        mvc.perform(post("/portal/configure/NOPE/price").cookie(buyer).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSavedConfigurationIsListedReopenedChangedAndDeleted() throws Exception {
        MockHttpServletRequestBuilder save = post("/portal/configure/P-0001").cookie(buyer).with(csrf())
                .param("action", "save").param("quantity", "2").param("note", "配套刀具");
        lathe.fanucWithHydraulicChuck().forEach(c -> save.param(c[0], c[1]));
        mvc.perform(save).andExpect(redirectedUrl("/portal/configurations"));
        long id = jdbc.sql("select max(id) from portal_configuration").query(Long.class).single();
        assertThat(jdbc.sql("select unit_price from portal_configuration where id = ?").param(id)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("212500");

        mvc.perform(get("/portal/configurations").cookie(buyer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"configuration-" + id + "\"")));
        mvc.perform(get("/portal/configurations/" + id).cookie(buyer))
                .andExpect(redirectedUrl("/portal/configure/P-0001?configuration=" + id));
        mvc.perform(get("/portal/configure/P-0001").param("configuration", "" + id).cookie(buyer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"configure-editing\"")))
                .andExpect(content().string(containsString("配套刀具")));

        MockHttpServletRequestBuilder change = post("/portal/configure/P-0001").cookie(buyer).with(csrf())
                .param("action", "save").param("configuration", "" + id).param("version", "0").param("quantity", "5")
                .param("shown", "true").param("g" + lathe.cnc(), "" + lathe.gsk()).param("g" + lathe.chuck(), "" + lathe.manualChuck())
                .param("g" + lathe.tailstock(), "" + lathe.manualTailstock());
        mvc.perform(change).andExpect(redirectedUrl("/portal/configurations"));
        assertThat(jdbc.sql("select quantity from portal_configuration where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(5);
        // The same form again, based on the version before the change: someone else saved first.
        mvc.perform(change).andExpect(status().isConflict());
        mvc.perform(get("/portal/catalog/configured")).andExpect(content().string(containsString("id=\"configured-" + id + "\"")));

        mvc.perform(post("/portal/configurations/" + id + "/delete").cookie(buyer).with(csrf()))
                .andExpect(redirectedUrl("/portal/configurations"));
        assertThat(jdbc.sql("select count(*) from portal_configuration where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aRefusedSaveShowsTheFormAgainWithTheMessageAndSavesNothing() throws Exception {
        mvc.perform(post("/portal/configure/P-0001").cookie(buyer).with(csrf()).param("lang", "en").param("action", "save")
                .param("quantity", "0").param("g" + lathe.cnc(), "" + lathe.gsk())).andExpect(status().isOk())
                .andExpect(content().string(containsString("The quantity is from 1 to 999.")))
                .andExpect(content().string(containsString("Choose an option in this group.")));
        assertThat(jdbc.sql("select count(*) from portal_configuration where id > ?").param(configurationsBefore)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherCompanysContactFindsNoneOfTheConfigurations() throws Exception {
        long id = jdbc.sql("""
                select c.id from portal_configuration c join portal_account a on a.customer_id = c.customer_id
                 where a.login = 'buyer' order by c.id limit 1""").query(Long.class).single();
        Cookie buyer2 = portalLogin(mvc, "buyer2");
        mvc.perform(get("/portal/configurations/" + id).cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/configure/P-0001").param("configuration", "" + id).cookie(buyer2)).andExpect(status().isNotFound());
        mvc.perform(post("/portal/configurations/" + id + "/delete").cookie(buyer2).with(csrf())).andExpect(status().isNotFound());
        MockHttpServletRequestBuilder overwrite = post("/portal/configure/P-0001").cookie(buyer2).with(csrf()).param("action", "save")
                .param("configuration", "" + id).param("quantity", "1");
        lathe.fanucWithHydraulicChuck().forEach(c -> overwrite.param(c[0], c[1]));
        mvc.perform(overwrite).andExpect(status().isNotFound());
        mvc.perform(get("/portal/configurations").cookie(buyer2)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"configuration-" + id + "\""))));
        assertThat(jdbc.sql("select count(*) from portal_configuration where id = ?").param(id).query(Long.class).single()).isOne();
    }

    @Test
    void anOrderedConfigurationIsAPendingOrderOfTheAccountManagerWhoIsTold() throws Exception {
        MockHttpServletRequestBuilder order = post("/portal/configure/P-0001").cookie(buyer).with(csrf())
                .param("action", "order").param("quantity", "2").param("note", "请尽快交货");
        lathe.fanucWithHydraulicChuck().forEach(c -> order.param(c[0], c[1]));
        String target = mvc.perform(order).andExpect(redirectedUrlPattern("/portal/orders/SO*")).andReturn().getResponse()
                .getRedirectedUrl();
        String number = target.substring(target.lastIndexOf('/') + 1);
        record Placed(long id, String status, String source, long ownerId, java.math.BigDecimal total, Long createdBy) {
        }
        Placed placed = jdbc.sql("select id, status, source, owner_id, total, created_by from sales_order where number = ?")
                .param(number).query(Placed.class).single();
        orders.add(placed.id());
        long manager = jdbc.sql("select id from app_user where username = 'manager'").query(Long.class).single();
        assertThat(placed.status()).isEqualTo("PENDING");
        assertThat(placed.source()).isEqualTo("PORTAL");
        assertThat(placed.ownerId()).isEqualTo(manager);
        assertThat(placed.total()).isEqualByComparingTo("425000");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and link = ?")
                .params(manager, "/orders/" + placed.id()).query(Long.class).single()).isOne();

        mvc.perform(get(target).cookie(buyer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("数控系统: 发那科 0i-TF Plus")));
        mvc.perform(get("/portal/orders").param("show", "OPEN").cookie(buyer))
                .andExpect(content().string(containsString(number)));
        Cookie staff = staffLogin(mvc, "manager");
        mvc.perform(get("/orders/" + placed.id()).cookie(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-line-options-1\"")))
                .andExpect(content().string(containsString("卡盘: 液压中空卡盘")));
        // Another company's contact does not see it.
        mvc.perform(get(target).cookie(portalLogin(mvc, "buyer2"))).andExpect(status().isNotFound());
    }

    @Test
    void thePublicPageShowsShownConfigurationsWithoutTheCustomer() throws Exception {
        String company = jdbc.sql("select c.name from customer c join portal_account a on a.customer_id = c.id where a.login = 'buyer'")
                .query(String.class).single();
        mvc.perform(get("/portal/catalog/configured")).andExpect(status().isOk())
                .andExpect(content().string(containsString("数控车床")))
                .andExpect(content().string(containsString("数控系统: ")))
                .andExpect(content().string(not(containsString(company))));
    }
}
