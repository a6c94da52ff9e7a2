package org.kehu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.kehu.portal.PortalTestSupport.INVITATION_LINK;
import static org.kehu.portal.PortalTestSupport.RESET_LINK;
import static org.kehu.portal.PortalTestSupport.portalLogin;
import static org.kehu.portal.PortalTestSupport.staffLogin;
import static org.kehu.portal.PortalTestSupport.tokenMailedTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff invite a contact; the contact sets a password through the mailed link (once, within 72 hours) and signs
 * in; staff disable the account; a forgotten password is reset the same way; the contact edits their details.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalInvitationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Invitee(long contactId, long customerId, String email, String owner) {
    }

    /** A contact with an e-mail address and no portal account, of a customer owned by {@code owner}. */
    private Invitee invitee(String owner) {
        Invitee found = jdbc.sql("""
                select ct.id as contact_id, ct.customer_id, ct.email, u.username as owner from contact ct join customer c on c.id = ct.customer_id
                  join app_user u on u.id = c.owner_id
                 where u.username = :owner and ct.email is not null and ct.id > 127
                   and not exists (select 1 from portal_account a where a.contact_id = ct.id or lower(a.login) = lower(ct.email))
                   and (select count(*) from contact x where lower(x.email) = lower(ct.email)) = 1
                 order by ct.id desc limit 1""").param("owner", owner).query(Invitee.class).single();
        return found;
    }

    @Test
    void anInvitedContactSetsAPasswordOnceAndSignsIn() throws Exception {
        Invitee who = invitee("manager");
        Cookie admin = staffLogin(mvc, "admin");
        mvc.perform(post("/api/v1/contacts/" + who.contactId() + "/portal-invitation").cookie(admin).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.email").value(who.email()));
        String token = tokenMailedTo(jdbc, who.email(), INVITATION_LINK);

        mvc.perform(get("/portal/invitation/" + token).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome: set your password")));
        // Every rule shows beside its field.
        mvc.perform(post("/portal/invitation/" + token).param("password", "short").param("repeat", "short").with(csrf())
                .param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("At least 8 characters.")));
        mvc.perform(post("/portal/invitation/" + token).param("password", "Kehu-portal-2026").param("repeat", "Kehu-portal-2027")
                .with(csrf()).param("lang", "en")).andExpect(content().string(containsString("The two entries differ.")));
        mvc.perform(post("/portal/invitation/" + token).param("password", who.email()).param("repeat", who.email())
                .with(csrf()).param("lang", "en")).andExpect(content().string(containsString("must not be your login")));

        mvc.perform(post("/portal/invitation/" + token).param("password", "Kehu-portal-2026").param("repeat", "Kehu-portal-2026")
                .with(csrf())).andExpect(redirectedUrlPattern("/portal/login?activated=*"));
        Cookie portal = portalLogin(mvc, who.email(), "Kehu-portal-2026");
        assertThat(portal).isNotNull();
        mvc.perform(get("/portal/me").cookie(portal)).andExpect(status().isOk());

        // The link worked once.
        mvc.perform(get("/portal/invitation/" + token).param("lang", "en"))
                .andExpect(content().string(containsString("This link has been used already")));
        mvc.perform(post("/portal/invitation/" + token).param("password", "Another-pass-1").param("repeat", "Another-pass-1")
                .with(csrf()).param("lang", "en")).andExpect(content().string(containsString("This link has been used already")));
        // Inviting again an active account is refused.
        mvc.perform(post("/api/v1/contacts/" + who.contactId() + "/portal-invitation").cookie(admin).with(csrf()))
                .andExpect(status().isConflict());

        // Disabled by staff: the session ends at the next request, and signing in fails.
        long account = jdbc.sql("select id from portal_account where contact_id = :c").param("c", who.contactId())
                .query(Long.class).single();
        mvc.perform(post("/portal-accounts/" + account + "/disable").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/portal-accounts"));
        mvc.perform(get("/portal/me").cookie(portal)).andExpect(redirectedUrl("/portal/login?disabled"));
        assertThat(portalLogin(mvc, who.email(), "Kehu-portal-2026")).isNull();
        mvc.perform(get("/portal-accounts").cookie(admin).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(who.email())));
    }

    @Test
    void anExpiredInvitationLinkIsRefusedWithAClearPage() throws Exception {
        Invitee who = invitee("manager2");
        Cookie manager2 = staffLogin(mvc, "manager2");
        mvc.perform(post("/api/v1/contacts/" + who.contactId() + "/portal-invitation").cookie(manager2).with(csrf()))
                .andExpect(status().isCreated());
        String token = tokenMailedTo(jdbc, who.email(), INVITATION_LINK);
        jdbc.sql("update portal_token set expires_at = now() - interval '1 minute' where account_id = "
                + "(select id from portal_account where contact_id = :c)").param("c", who.contactId()).update();
        mvc.perform(get("/portal/invitation/" + token).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This link has expired.")));
        mvc.perform(get("/portal/invitation/not-a-token").param("lang", "en"))
                .andExpect(content().string(containsString("This link is not valid")));
    }

    @Test
    void onlyTheAccountManagerOrAPortalAccountManagerInvitesAndNobodyOutsideTheScope() throws Exception {
        Invitee who = invitee("manager");
        // manager2 does not see manager's customer at all.
        mvc.perform(post("/api/v1/contacts/" + who.contactId() + "/portal-invitation").cookie(staffLogin(mvc, "manager2"))
                .with(csrf())).andExpect(status().isNotFound());
        // Service staff see every customer but are neither its account manager nor portal account managers.
        mvc.perform(post("/api/v1/contacts/" + who.contactId() + "/portal-invitation").cookie(staffLogin(mvc, "service"))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from portal_account where contact_id = :c").param("c", who.contactId())
                .query(Long.class).single()).isZero();
        // The customer's own account manager may.
        mvc.perform(post("/api/v1/contacts/" + who.contactId() + "/portal-invitation").cookie(staffLogin(mvc, "manager"))
                .with(csrf())).andExpect(status().isCreated());
        // manager2 sees no account of manager's customers in the list either (the page needs portal.account.manage).
        mvc.perform(get("/portal-accounts").cookie(staffLogin(mvc, "manager2"))).andExpect(status().isForbidden());
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLink() throws Exception {
        String email = jdbc.sql("""
                select ct.email from contact ct where ct.email is not null and ct.id > 127
                   and not exists (select 1 from portal_account a where a.contact_id = ct.id or lower(a.login) = lower(ct.email))
                   and (select count(*) from contact x where lower(x.email) = lower(ct.email)) = 1
                 order by ct.id limit 1""").query(String.class).single();
        jdbc.sql("""
                insert into portal_account(contact_id, customer_id, login, password_hash, status)
                select id, customer_id, email, (select password_hash from portal_account where login = 'buyer'), 'ACTIVE'
                  from contact where email = :e""").param("e", email).update();
        mvc.perform(post("/portal/password/forgot").param("login", "").with(csrf()).param("lang", "en"))
                .andExpect(content().string(containsString("Enter your login or e-mail address.")));
        mvc.perform(post("/portal/password/forgot").param("login", "nobody@example.invalid").with(csrf()).param("lang", "en"))
                .andExpect(content().string(containsString("If an account with this login exists")));
        mvc.perform(post("/portal/password/forgot").param("login", email.toUpperCase(java.util.Locale.ROOT)).with(csrf()))
                .andExpect(status().isOk());
        String token = tokenMailedTo(jdbc, email, RESET_LINK);
        mvc.perform(post("/portal/password/reset/" + token).param("password", "New-secret-2026").param("repeat", "New-secret-2026")
                .with(csrf())).andExpect(redirectedUrlPattern("/portal/login?reset=*"));
        assertThat(portalLogin(mvc, email, "demo123")).isNull();
        assertThat(portalLogin(mvc, email, "New-secret-2026")).isNotNull();
        mvc.perform(get("/portal/password/reset/" + token).param("lang", "en"))
                .andExpect(content().string(containsString("used already")));
    }

    @Test
    void theContactEditsTheirOwnDetailsWithEachProblemBesideItsField() throws Exception {
        Cookie buyer2 = portalLogin(mvc, "buyer2", "demo123");
        String page = mvc.perform(get("/portal/profile").cookie(buyer2)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        mvc.perform(post("/portal/profile").cookie(buyer2).with(csrf()).param("lang", "en").param("version", version)
                .param("name", "").param("email", "not-an-address").param("mobile", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"mobile-error\"")));
        mvc.perform(post("/portal/profile").cookie(buyer2).with(csrf()).param("version", version)
                .param("name", "王采购").param("mobile", "13912345678").param("email", "wang.buyer@example.cn"))
                .andExpect(redirectedUrl("/portal/profile?saved"));
        long contact = jdbc.sql("select contact_id from portal_account where login = 'buyer2'").query(Long.class).single();
        assertThat(jdbc.sql("select name || ' ' || mobile from contact where id = :c").param("c", contact).query(String.class)
                .single()).isEqualTo("王采购 13912345678");
    }
}
