package org.kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/** Consent and opt-out of a contact: one way to change them, a history of every change, and the data scope. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ContactConsentTests extends CustomerTestSupport {

    long customerId;
    long contactId;

    @BeforeEach
    void managerHasAContactWithoutConsent() throws Exception {
        customerId = createCustomer("manager", "许可测试精密机械有限公司").get("id").asLong();
        String created = mvc.perform(post("/api/v1/customers/" + customerId + "/contacts").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"许可测试\",\"email\":\"xuke@example.cn\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        contactId = json.readTree(created).get("id").asLong();
        assertThat(contactId).isGreaterThan(127);
    }

    private String putConsent(String username, String body) throws Exception {
        return mvc.perform(put("/api/v1/contacts/" + contactId + "/consent").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void consentGivenThroughTheApiIsKeptInTheHistoryWithWhoAndHow() throws Exception {
        mvc.perform(put("/api/v1/contacts/" + contactId + "/consent").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"marketingConsent\":true,\"note\":\"展会上签字同意\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state.marketingConsent").value(true))
                .andExpect(jsonPath("$.state.optedOutAt").doesNotExist())
                .andExpect(jsonPath("$.history[0].action").value("CONSENT_GIVEN"))
                .andExpect(jsonPath("$.history[0].via").value("API"))
                .andExpect(jsonPath("$.history[0].changedBy").value(userId("manager")))
                .andExpect(jsonPath("$.history[0].note").value("展会上签字同意"));

        putConsent("manager", "{\"marketingConsent\":true}");
        mvc.perform(get("/api/v1/contacts/" + contactId + "/consent").with(as("manager")))
                .andExpect(jsonPath("$.history.length()").value(1));
    }

    @Test
    void consentGivenAgainByStaffAfterAnOptOutLeavesTheOptOutStanding() throws Exception {
        putConsent("manager", "{\"marketingConsent\":false,\"optedOut\":true}");
        mvc.perform(put("/api/v1/contacts/" + contactId + "/consent").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"marketingConsent\":true}"))
                .andExpect(jsonPath("$.state.marketingConsent").value(true))
                .andExpect(jsonPath("$.state.optedOutAt").exists())
                .andExpect(jsonPath("$.state.optOutVia").value("API"))
                .andExpect(jsonPath("$.history[0].action").value("CONSENT_GIVEN"))
                .andExpect(jsonPath("$.history[1].action").value("OPTED_OUT"));
        assertThat(jdbc.sql("select opted_out_at is not null and marketing_consent from contact where id = :id")
                .param("id", contactId).query(Boolean.class).single()).isTrue();

        putConsent("manager", "{\"marketingConsent\":true,\"optedOut\":false}");
        assertThat(jdbc.sql("select opted_out_at is null from contact where id = :id").param("id", contactId)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theContactFormRecordsAConsentChangeAsMadeOnTheForm() throws Exception {
        long version = jdbc.sql("select version from contact where id = :id").param("id", contactId).query(Long.class).single();
        mvc.perform(post("/contacts/" + contactId).with(as("manager")).with(csrf()).param("name", "许可测试")
                .param("email", "xuke@example.cn").param("marketingConsent", "true").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select via || ' ' || action from contact_consent_change where contact_id = :id")
                .param("id", contactId).query(String.class).list()).containsExactly("FORM CONSENT_GIVEN");
    }

    @Test
    void aUserOutsideTheScopeNeitherReadsNorChangesTheConsent() throws Exception {
        mvc.perform(get("/api/v1/contacts/" + contactId + "/consent").with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/contacts/" + contactId + "/consent").with(as("manager2")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"marketingConsent\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contacts/" + contactId + "/consent").with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(post("/contacts/" + contactId + "/consent").with(as("manager2")).with(csrf())
                .param("action", "OPTED_OUT")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from contact_consent_change where contact_id = :id").param("id", contactId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void missingConsentIsABadRequestNamingTheField() throws Exception {
        mvc.perform(put("/api/v1/contacts/" + contactId + "/consent").with(as("manager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"optedOut\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/contacts/" + contactId + "/consent").with(as("manager")).with(csrf()).param("action", "NONSENSE"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("consent-error-")));
    }

    @Test
    void theCustomerPageShowsTheOptOutWithItsDateAndTheCardItsHistory() throws Exception {
        mvc.perform(post("/contacts/" + contactId + "/consent").with(as("manager")).with(csrf()).param("action", "OPTED_OUT")
                .param("note", "客户来电要求不再发送")).andExpect(status().isOk());
        String page = mvc.perform(get("/customers/" + customerId).with(as("manager")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("contact-opted-out-" + contactId).contains("已退订");
        String card = mvc.perform(get("/contacts/" + contactId + "/consent").with(as("manager")))
                .andReturn().getResponse().getContentAsString();
        assertThat(card).contains("客户来电要求不再发送").contains("表单");
    }
}
