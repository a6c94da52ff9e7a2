package org.kehu.marketing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.identity.internal.StaffAccounts;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans go DRAFT → SUBMITTED → APPROVED or REJECTED (with a reason), decided only by a user who may approve; a stale
 * version is a conflict; research files are kept only when their content is a PDF or a picture.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MarketingPlanTests {

    @Autowired
    MarketingPlans plans;
    @Autowired
    MarketResearch research;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MockMvc mvc;

    void signIn(String username) {
        UserDetails u = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    PlanInput input(Long version) {
        return new PlanInput("测试方案", "提升复购率", null, List.of("EMAIL"), new BigDecimal("10000"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), version);
    }

    @Test
    void aSubmittedPlanIsApprovedOnlyByADirectorAndARejectionNeedsAReason() throws Exception {
        signIn("marketing");
        PlanDetails p = plans.create(input(null));
        assertThat(p.status()).isEqualTo(PlanStatus.DRAFT);
        p = plans.submit(p.id(), p.version());
        long version = p.version();
        long id = p.id();
        assertThatThrownBy(() -> plans.approve(id, version))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(post("/marketing/plans/" + id + "/approve").param("version", "" + version)
                .with(user(accounts.loadUserByUsername("marketing"))).with(csrf())).andExpect(status().isForbidden());

        signIn("director");
        assertThatThrownBy(() -> plans.reject(id, version, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> plans.approve(id, version - 1)).isInstanceOf(org.kehu.shared.ConcurrentEditException.class);
        PlanDetails rejected = plans.reject(id, version, "预算超出季度额度");
        assertThat(rejected.status()).isEqualTo(PlanStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("预算超出季度额度");
        assertThat(rejected.decidedByName()).isNotBlank();
        assertThatThrownBy(() -> plans.approve(id, rejected.version())).isInstanceOf(RuleViolationException.class);

        signIn("marketing");
        PlanDetails again = plans.submit(id, plans.update(id, input(rejected.version())).version());
        signIn("director");
        assertThat(plans.approve(id, again.version()).status()).isEqualTo(PlanStatus.APPROVED);
        signIn("marketing");
        assertThatThrownBy(() -> plans.update(id, input(plans.get(id).version()))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void badPlanInputIsRefusedBesideEachField() throws Exception {
        mvc.perform(post("/marketing/plans").with(user(accounts.loadUserByUsername("marketing"))).with(csrf())
                .param("name", "方案").param("goal", "目标").param("budget", "-5").param("periodStart", "2027-02-01")
                .param("periodEnd", "2027-01-01")).andExpect(status().isOk())
                .andExpect(content().string(containsString("plan-budget-error")))
                .andExpect(content().string(containsString("plan-channels-error")))
                .andExpect(content().string(containsString("plan-periodEnd-error")));
    }

    @Test
    void aResearchFileIsKeptOnlyWhenItsContentIsAPdfOrAPicture() throws Exception {
        signIn("marketing");
        long id = research.create(new ResearchInput("测试调查", "INTERVIEW", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10),
                "结论", null)).id();
        var as = user(accounts.loadUserByUsername("marketing"));
        mvc.perform(multipart("/marketing/research/" + id + "/files").file(new MockMultipartFile("file", "报告.pdf",
                "application/pdf", "<script>alert(1)</script>".getBytes())).with(as).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("fileError"));
        mvc.perform(multipart("/marketing/research/" + id + "/files").file(new MockMultipartFile("file", "报告.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes())).with(as).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1));
        assertThat(research.get(id).files()).extracting(ResearchDetails.ResearchFile::filename).containsExactly("报告.pdf");
    }
}
