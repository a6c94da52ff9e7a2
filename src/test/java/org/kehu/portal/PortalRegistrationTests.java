package org.kehu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.kehu.portal.PortalTestSupport.INVITATION_LINK;
import static org.kehu.portal.PortalTestSupport.tokenMailedTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Registration: a known company's contact confirms the address and sets a password; an unknown company is a lead. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalRegistrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Known(String company, String email, long contactId) {
    }

    @Test
    void aKnownCompanysContactGetsAConfirmationLinkAndAnUnknownCompanyBecomesAnUnassignedOpportunity() throws Exception {
        Known known = jdbc.sql("""
                select c.name as company, ct.email, ct.id as contact_id from contact ct join customer c on c.id = ct.customer_id
                 where ct.email is not null and ct.id > 127
                   and not exists (select 1 from portal_account a where a.contact_id = ct.id or lower(a.login) = lower(ct.email))
                   and (select count(*) from contact x where lower(x.email) = lower(ct.email)) = 1
                 order by ct.id desc offset 3 limit 1""").query(Known.class).single();
        mvc.perform(post("/portal/register").with(csrf()).param("lang", "en").param("companyName", known.company())
                .param("contactName", "张三").param("email", known.email().toUpperCase(java.util.Locale.ROOT)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Thank you.")));
        assertThat(jdbc.sql("select status from portal_account where contact_id = :c").param("c", known.contactId())
                .query(String.class).single()).isEqualTo("INVITED");
        String token = tokenMailedTo(jdbc, known.email(), INVITATION_LINK);
        mvc.perform(get("/portal/invitation/" + token).param("lang", "en"))
                .andExpect(content().string(containsString("set your password")));

        mvc.perform(post("/portal/register").with(csrf()).param("lang", "en").param("companyName", "远洋新材料科技有限公司")
                .param("creditCode", "91310000MA1FL7XQ2K").param("contactName", "李四").param("email", "li.si@yuanyang.example.cn")
                .param("phone", "021-65432100")).andExpect(content().string(containsString("Thank you.")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                select status || ' ' || (assigned_to is null) from opportunity
                 where prospect_name = '远洋新材料科技有限公司' and source_code = 'PORTAL_REGISTRATION'""")
                .query(String.class).list()).containsExactly("NEW true"));
        assertThat(jdbc.sql("select count(*) from portal_account where lower(login) = 'li.si@yuanyang.example.cn'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRegistrationFormShowsEachProblemBesideItsField() throws Exception {
        mvc.perform(post("/portal/register").with(csrf()).param("lang", "en").param("companyName", "")
                .param("creditCode", "123").param("contactName", "x").param("email", "nope").param("phone", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"companyName-error\"")))
                .andExpect(content().string(containsString("18 letters and digits.")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"phone-error\"")));
    }
}
