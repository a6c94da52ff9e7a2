package org.kehu.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.identity.internal.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign list exported as CSV and Excel: with the list's filters, each campaign's cost and ROI, and within the
 * reader's data scope (a sales director, whose scope is his department, does not get marketing's campaigns).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CampaignExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void campaignsOfTwoOwners() {
        long marketing = campaign("导出测试·营销的活动", "marketing", "EMAIL");
        campaign("导出测试·主管的活动", "director", "EVENT");
        long by = userId("marketing");
        jdbc.sql("insert into campaign_cost(campaign_id, spent_on, item, amount, recorded_by, recorded_at) values (:c, :d, '展位', 2000, :u, now())")
                .param("c", marketing).param("d", LocalDate.now().minusDays(1)).param("u", by).update();
    }

    private long campaign(String name, String owner, String channel) {
        long id = userId(owner);
        return jdbc.sql("""
                insert into campaign(name, channel, owner_id, budget, starts_on, ends_on, status, created_by, created_at, updated_at)
                values (:name, :channel, :owner, 5000, :start, :end, 'RUNNING', :owner, now(), now()) returning id""")
                .param("name", name).param("channel", channel).param("owner", id)
                .param("start", LocalDate.now().minusDays(10)).param("end", LocalDate.now().plusDays(10))
                .query(Long.class).single();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private String csv(String username, String url) throws Exception {
        byte[] body = mvc.perform(get(url).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void theExportHasTheListsFiltersAndEachCampaignsFigures() throws Exception {
        String all = csv("marketing", "/marketing/campaigns/export?format=csv");
        assertThat(all).startsWith("\uFEFF").contains("导出测试·营销的活动", "导出测试·主管的活动");
        String line = all.lines().filter(l -> l.contains("导出测试·营销的活动")).findFirst().orElseThrow();
        assertThat(line).contains("5000", "2000");
        String email = csv("marketing", "/marketing/campaigns/export?format=csv&channel=EMAIL");
        assertThat(email).contains("导出测试·营销的活动").doesNotContain("导出测试·主管的活动");
        mvc.perform(get("/marketing/campaigns/export?format=xlsx").with(user(accounts.loadUserByUsername("marketing"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aScopedReaderDoesNotGetAnotherOwnersCampaigns() throws Exception {
        String director = csv("director", "/marketing/campaigns/export?format=csv");
        assertThat(director).contains("导出测试·主管的活动").doesNotContain("导出测试·营销的活动");
        String api = csv("director", "/api/v1/campaigns/export?format=csv");
        assertThat(api).contains("导出测试·主管的活动").doesNotContain("导出测试·营销的活动");
        mvc.perform(get("/marketing/campaigns/export?format=csv").with(user(accounts.loadUserByUsername("manager"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownFormatIsRefusedByName() throws Exception {
        mvc.perform(get("/api/v1/campaigns/export?format=pdf").with(user(accounts.loadUserByUsername("marketing"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("format")));
    }
}
