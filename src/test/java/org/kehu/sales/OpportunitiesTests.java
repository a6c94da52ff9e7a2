package org.kehu.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.dictionary.DictionaryUsage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** What other modules read of opportunities, and what the dictionary learns from them. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OpportunitiesTests extends SalesTestSupport {

    @Autowired
    Opportunities opportunities;
    @Autowired
    Dictionary dictionary;
    @Autowired
    java.util.List<DictionaryUsage> usages;

    @Test
    void findAnswersOnlyWithinTheReadersScope() throws Exception {
        long mine = create("manager", "鄂州华容机械");
        long theirs = create("manager2", "鄂州华容电气");
        SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        accounts.loadUserByUsername("manager"), null, accounts.loadUserByUsername("manager").getAuthorities()));
        OpportunitySummary found = opportunities.find(mine).orElseThrow();
        assertThat(found.prospectName()).isEqualTo("鄂州华容机械");
        assertThat(found.ownerId()).isEqualTo(userId("manager"));
        assertThat(found.status()).isEqualTo("NEW");
        assertThat(found.customerId()).isNull();
        assertThat(opportunities.find(theirs)).isEmpty();
        assertThat(opportunities.find(999_999_999L)).isEmpty();
    }

    @Test
    void stagesKeepTheirDefaultProbabilityInTheDictionary() {
        assertThat(dictionary.entry(DictionaryType.OPPORTUNITY_STAGE, "PROPOSAL").orElseThrow().extra()).isEqualTo("50");
        assertThat(dictionary.enabledEntries(DictionaryType.OPPORTUNITY_STAGE)).extracting(e -> e.extra())
                .containsExactly("10", "30", "50", "70", "90");
        assertThat(dictionary.entry(DictionaryType.INDUSTRY, "STEEL").orElseThrow().extra()).isNull();
    }

    @Test
    void sourcesStagesAndLostReasonsInUseCannotBeDeleted() {
        assertThat(usages.stream().anyMatch(u -> u.uses(DictionaryType.OPPORTUNITY_STAGE, "INITIAL"))).isTrue();
        assertThat(usages.stream().anyMatch(u -> u.uses(DictionaryType.LOST_REASON, "PRICE"))).isTrue();
        assertThat(usages.stream().anyMatch(u -> u.uses(DictionaryType.OPPORTUNITY_SOURCE, "NOT_A_SOURCE"))).isFalse();
    }

    @Test
    void theAdministratorSetsAStagesDefaultProbabilityInTheEntryForm() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/dictionary/OPPORTUNITY_STAGE")
                .with(as("admin")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("code", "LETTER_OF_INTENT").param("labelZh", "意向书").param("labelEn", "Letter of intent")
                .param("sortOrder", "45").param("enabled", "true").param("extra", "80"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        assertThat(dictionary.entry(DictionaryType.OPPORTUNITY_STAGE, "LETTER_OF_INTENT").orElseThrow().extra()).isEqualTo("80");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/admin/dictionary/OPPORTUNITY_STAGE/LETTER_OF_INTENT/edit").with(as("admin")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"entry-extra\"")));
    }
}
