package org.kehu.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's region pages and the regions API; each test rolls its changes back. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(UsageForTests.class)
@Transactional
@WithUserDetails("admin")
class RegionAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Dictionary dictionary;

    @Autowired
    JdbcClient jdbc;

    private void addCity(String code, String zh, String en) throws Exception {
        mvc.perform(post("/admin/regions/420000/cities").with(csrf()).param("code", code).param("nameZh", zh)
                .param("nameEn", en).param("sortOrder", "900").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void listsTheProvincesAndOpensOneForItsCities() throws Exception {
        mvc.perform(get("/admin/regions")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-open-420000\"")))
                .andExpect(content().string(containsString("湖北省")));
        mvc.perform(get("/admin/regions/420000")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-420100\"")))
                .andExpect(content().string(containsString("武汉市")));
        mvc.perform(get("/admin/regions/999999")).andExpect(status().isNotFound());
    }

    @Test
    void addsACityAndRefusesACodeOutsideTheProvince() throws Exception {
        addCity("429902", "测试市", "Ceshi");
        assertThat(dictionary.cities("420000")).extracting(Region::code).contains("429902");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'region' and entity_id = 429902")
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/admin/regions/420000/cities").with(csrf()).param("lang", "en").param("code", "439999")
                .param("nameZh", "错").param("nameEn", "").param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-name-en-error\"")))
                .andExpect(content().string(containsString("Enter the English name.")));
        mvc.perform(post("/admin/regions/420000/cities").with(csrf()).param("lang", "en").param("code", "439999")
                .param("nameZh", "错").param("nameEn", "Wrong").param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-code-error\"")))
                .andExpect(content().string(containsString("starting with the province")));
        assertThat(dictionary.region("439999")).isEmpty();
    }

    @Test
    void disablingACityHidesItFromTheCheckButKeepsItsName() throws Exception {
        mvc.perform(post("/admin/regions/420100/enabled").with(csrf()).header("HX-Request", "true")
                .param("enabled", "false"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"region-420100\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(dictionary.isCityOf("420100", "420000")).isFalse();
        assertThat(dictionary.region("420100")).get().extracting(Region::nameZh).isEqualTo("武汉市");
    }

    @Test
    void aChangeNotYetCommittedIsSeenByItsOwnTransactionAlone() throws Exception {
        mvc.perform(post("/admin/regions/420100/enabled").with(csrf()).header("HX-Request", "true")
                .param("enabled", "false")).andExpect(status().isOk());
        assertThat(dictionary.isCityOf("420100", "420000")).isFalse();

        // Another request, in a thread of its own, checks against what is committed: Wuhan is still a city of Hubei.
        assertThat(CompletableFuture.supplyAsync(() -> dictionary.isCityOf("420100", "420000")).get(30, TimeUnit.SECONDS))
                .isTrue();
        assertThat(dictionary.isCityOf("420100", "420000")).isFalse();
    }

    @Test
    void aCityInUseCanBeDisabledButNotDeleted() throws Exception {
        addCity(UsageForTests.USED_CITY, "在用市", "Zaiyong");
        addCity("429902", "空闲市", "Kongxian");

        mvc.perform(get("/admin/regions/420000")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-in-use-429901\"")))
                .andExpect(content().string(not(containsString("id=\"region-delete-429901\""))))
                .andExpect(content().string(containsString("id=\"region-delete-429902\"")));
        mvc.perform(post("/admin/regions/429901/delete").with(csrf()).param("lang", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("cannot be deleted")));
        mvc.perform(delete("/api/v1/regions/429901").with(csrf())).andExpect(status().isConflict());
        assertThat(dictionary.region("429901")).isPresent();

        mvc.perform(delete("/api/v1/regions/429902").with(csrf())).andExpect(status().isNoContent());
        assertThat(dictionary.region("429902")).isEmpty();
        mvc.perform(delete("/api/v1/regions/420000").with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void theSecondOfTwoEditorsIsToldSomeoneSavedFirst() throws Exception {
        long seen = jdbc.sql("select version from region where code = '420100'").query(Long.class).single();
        mvc.perform(post("/admin/regions/420100").with(csrf()).param("nameZh", "武汉市").param("nameEn", "Wuhan City")
                .param("sortOrder", "10").param("enabled", "true").param("version", String.valueOf(seen)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/regions/420100").with(csrf()).param("nameZh", "武汉").param("nameEn", "Wuhan")
                .param("sortOrder", "10").param("enabled", "true").param("version", String.valueOf(seen)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"region-conflict\"")));
        assertThat(dictionary.region("420100")).get().extracting(Region::nameEn).isEqualTo("Wuhan City");
    }

    @Test
    @WithUserDetails("manager")
    void anAccountManagerReadsRegionsButMayNotChangeThem() throws Exception {
        mvc.perform(get("/api/v1/regions")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(34));
        mvc.perform(get("/api/v1/regions/420000/cities")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("420100")));
        mvc.perform(get("/admin/regions")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/regions/420100").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/regions/420100/enabled").with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(dictionary.isCityOf("420100", "420000")).isTrue();
    }
}
