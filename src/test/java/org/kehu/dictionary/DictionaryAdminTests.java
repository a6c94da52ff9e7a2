package org.kehu.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's dictionary pages and API; each test rolls its changes back. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(UsageForTests.class)
@Transactional
@WithUserDetails("admin")
class DictionaryAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Dictionary dictionary;

    @Autowired
    JdbcClient jdbc;

    private void create(String code, String zh, String en) throws Exception {
        mvc.perform(post("/admin/dictionary/INDUSTRY").with(csrf()).param("code", code).param("labelZh", zh)
                .param("labelEn", en).param("sortOrder", "500").param("enabled", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/dictionary/INDUSTRY"));
    }

    /** The label a Chinese page shows (the test thread has no request locale). */
    private String chineseLabel(String code) {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            return dictionary.label(DictionaryType.INDUSTRY, code);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    private long version(String code) {
        return jdbc.sql("select version from dict_entry where type = 'INDUSTRY' and code = :c").param("c", code)
                .query(Long.class).single();
    }

    @Test
    void listsEveryTypeWithItsLabel() throws Exception {
        mvc.perform(get("/admin/dictionary").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"type-CUSTOMER_NATURE\"")))
                .andExpect(content().string(containsString("Customer nature")))
                .andExpect(content().string(containsString("Interaction channel")));
    }

    @Test
    void createsAnEntryThatFormsOfferAndTheAuditLogRecords() throws Exception {
        create("TEST_ROBOTICS", "机器人", "Robotics");

        mvc.perform(get("/admin/dictionary/INDUSTRY")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-TEST_ROBOTICS\"")))
                .andExpect(content().string(containsString("机器人")));
        assertThat(dictionary.enabledEntries(DictionaryType.INDUSTRY)).extracting(DictionaryEntry::code)
                .contains("TEST_ROBOTICS");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'dictionary' and action = 'CREATE' and summary like '%TEST_ROBOTICS%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void showsEachProblemBesideItsField() throws Exception {
        mvc.perform(post("/admin/dictionary/INDUSTRY").with(csrf()).param("lang", "en").param("code", "bad code")
                .param("labelZh", "").param("labelEn", " ").param("sortOrder", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-code-error\"")))
                .andExpect(content().string(containsString("Use 1 to 32 capital letters, digits or underscores.")))
                .andExpect(content().string(containsString("Enter the Chinese label.")))
                .andExpect(content().string(containsString("Enter the English label.")))
                .andExpect(content().string(containsString("The order is a whole number from 0 to 99999.")));
    }

    @Test
    void refusesACodeThatTheTypeAlreadyHas() throws Exception {
        mvc.perform(post("/admin/dictionary/INDUSTRY").with(csrf()).param("lang", "en").param("code", "MACHINERY")
                .param("labelZh", "机械").param("labelEn", "Machines").param("sortOrder", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This code already exists in this type.")));
        assertThat(chineseLabel("MACHINERY")).isEqualTo("机械制造");
    }

    @Test
    void disablingHidesAnEntryFromFormsButOldRecordsStillShowItsLabel() throws Exception {
        create("TEST_OLD", "旧行业", "Old industry");

        mvc.perform(post("/admin/dictionary/INDUSTRY/TEST_OLD/enabled").with(csrf()).header("HX-Request", "true")
                .param("enabled", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-TEST_OLD\"")))
                .andExpect(content().string(not(containsString("<html"))));

        assertThat(dictionary.enabledEntries(DictionaryType.INDUSTRY)).extracting(DictionaryEntry::code)
                .doesNotContain("TEST_OLD");
        assertThat(dictionary.isValid(DictionaryType.INDUSTRY, "TEST_OLD")).isFalse();
        assertThat(chineseLabel("TEST_OLD")).isEqualTo("旧行业");
    }

    @Test
    void anEntryInUseCanBeDisabledButNotDeleted() throws Exception {
        create("USED_STEEL", "在用", "In use");

        mvc.perform(get("/admin/dictionary/INDUSTRY")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-in-use-USED_STEEL\"")))
                .andExpect(content().string(not(containsString("id=\"entry-delete-USED_STEEL\""))));
        mvc.perform(post("/admin/dictionary/INDUSTRY/USED_STEEL/delete").with(csrf()).param("lang", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem",
                        "The entry USED_STEEL is used by records, so it cannot be deleted. Disable it instead."));
        mvc.perform(delete("/api/v1/dictionary/INDUSTRY/USED_STEEL").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("USED_STEEL")));
        assertThat(dictionary.entry(DictionaryType.INDUSTRY, "USED_STEEL")).isPresent();

        mvc.perform(post("/admin/dictionary/INDUSTRY/USED_STEEL/enabled").with(csrf()).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(dictionary.entry(DictionaryType.INDUSTRY, "USED_STEEL")).get()
                .extracting(DictionaryEntry::enabled).isEqualTo(false);
    }

    @Test
    void deletesAnEntryNoRecordUses() throws Exception {
        create("TEST_GONE", "待删", "To delete");
        mvc.perform(post("/admin/dictionary/INDUSTRY/TEST_GONE/delete").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        assertThat(dictionary.entry(DictionaryType.INDUSTRY, "TEST_GONE")).isEmpty();
    }

    @Test
    void theSecondOfTwoEditorsIsToldSomeoneSavedFirst() throws Exception {
        create("TEST_EDIT", "编辑", "Edit");
        long seen = version("TEST_EDIT");
        mvc.perform(post("/admin/dictionary/INDUSTRY/TEST_EDIT").with(csrf()).param("labelZh", "第一")
                .param("labelEn", "First").param("sortOrder", "1").param("enabled", "true")
                .param("version", String.valueOf(seen)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/dictionary/INDUSTRY/TEST_EDIT").with(csrf()).param("labelZh", "第二")
                .param("labelEn", "Second").param("sortOrder", "2").param("enabled", "true")
                .param("version", String.valueOf(seen)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"entry-conflict\"")));
        mvc.perform(put("/api/v1/dictionary/INDUSTRY/TEST_EDIT").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"labelZh\":\"第三\",\"labelEn\":\"Third\",\"sortOrder\":3,\"enabled\":true,\"version\":" + seen + "}"))
                .andExpect(status().isConflict());
        assertThat(chineseLabel("TEST_EDIT")).isEqualTo("第一");
    }

    @Test
    void theApiCreatesUpdatesAndNamesInvalidFields() throws Exception {
        mvc.perform(post("/api/v1/dictionary/INDUSTRY").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"test_api\",\"labelZh\":\"接口\",\"labelEn\":\"API\",\"sortOrder\":7}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("TEST_API")).andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/dictionary/INDUSTRY/TEST_API").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":1,\"type\":\"INDUSTRY\",\"code\":\"TEST_API\",\"labelZh\":\"接口二\",\"labelEn\":\"API 2\","
                        + "\"sortOrder\":8,\"enabled\":true,\"version\":0,\"inUse\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.labelZh").value("接口二"));
        mvc.perform(post("/api/v1/dictionary/INDUSTRY").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"TEST_BAD\",\"labelZh\":\"\",\"sortOrder\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "labelZh", "labelEn", "sortOrder")));
        mvc.perform(get("/api/v1/dictionary/NO_SUCH_TYPE")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("manager")
    void anAccountManagerReadsTheDictionaryButMayNotChangeIt() throws Exception {
        mvc.perform(get("/api/v1/dictionary")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'INDUSTRY')].entries").exists());
        mvc.perform(get("/api/v1/dictionary/INDUSTRY")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'MACHINERY')]").exists());
        mvc.perform(get("/admin/dictionary")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/dictionary/INDUSTRY")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dictionary/INDUSTRY").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"TEST_NO\",\"labelZh\":\"否\",\"labelEn\":\"No\",\"sortOrder\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/dictionary/INDUSTRY/MACHINERY").with(csrf())).andExpect(status().isForbidden());
        assertThat(dictionary.entry(DictionaryType.INDUSTRY, "MACHINERY")).isPresent();
    }
}
