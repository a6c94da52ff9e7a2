package org.kehu.competitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.identity.internal.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities facing a competitor, one lost to it through the lose form, and the win/loss report counting them
 * within each reader's data scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WinLossReportTests extends CompetitorTestSupport {

    @Autowired
    WinLossReport report;
    @Autowired
    StaffAccounts staff;

    @BeforeEach
    void highIds() {
        idsPast127();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails u = staff.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    private void face(String username, long opportunity, long competitor) throws Exception {
        mvc.perform(post("/competitors/of-opportunity/" + opportunity).param("competitorId", String.valueOf(competitor))
                        .with(as(username)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("opportunity-competitor-" + competitor)));
    }

    private BigDecimal amount(long opportunity) {
        return jdbc.sql("select expected_amount from opportunity where id = :id").param("id", opportunity)
                .query(BigDecimal.class).single();
    }

    private WinLossRow rowOf(String username, long competitor) {
        signIn(username);
        try {
            return report.rows(null, null).stream().filter(r -> r.competitorId() == competitor).findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void countsTheOpportunitiesFacingACompetitorWonLostToItLostToOthersAndOpenWithinTheReadersScope() throws Exception {
        long rival = competitor("T9101", "测试对手甲机床");
        long other = competitor("T9102", "测试对手乙机床");
        long open = developing("manager", "测试胜负客户一");
        long won = developing("manager", "测试胜负客户二");
        long lostToRival = developing("manager", "测试胜负客户三");
        long lostToOther = developing("manager", "测试胜负客户四");
        for (long o : new long[] {open, won, lostToRival, lostToOther}) {
            face("manager", o, rival);
        }
        // The opportunity page asks whom a loss went to and carries the card of the competitors faced.
        mvc.perform(get("/opportunities/" + lostToRival).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"close-lost-to\"")))
                .andExpect(content().string(containsString("id=\"opportunity-competitors\"")));
        postJson("manager", "/api/v1/opportunities/" + won + "/close", "{\"outcome\":\"WON\"}").andExpect(status().isOk());
        // The lose form asks whom it was lost to; naming one records the loss against it.
        mvc.perform(post("/opportunities/" + lostToRival + "/close").with(as("manager")).with(csrf())
                        .param("outcome", "LOST").param("reason", "COMPETITOR").param("lostToCompetitorId", String.valueOf(rival)))
                .andExpect(status().is3xxRedirection());
        postJson("manager", "/api/v1/opportunities/" + lostToOther + "/close",
                "{\"outcome\":\"LOST\",\"reason\":\"PRICE\",\"lostToCompetitorId\":" + other + "}").andExpect(status().isOk());

        WinLossRow mine = rowOf("manager", rival);
        assertThat(mine.faced()).isEqualTo(4);
        assertThat(mine.won()).isEqualTo(1);
        assertThat(mine.lostTo()).isEqualTo(1);
        assertThat(mine.lostOther()).isEqualTo(1);
        assertThat(mine.open()).isEqualTo(1);
        assertThat(mine.wonAmount()).isEqualByComparingTo(amount(won));
        assertThat(mine.lostToAmount()).isEqualByComparingTo(amount(lostToRival));
        assertThat(mine.openAmount()).isEqualByComparingTo(amount(open));
        assertThat(mine.winRate()).isEqualByComparingTo("33.3"); // 1 won of 3 closed
        WinLossRow otherRow = rowOf("manager", other);
        assertThat(otherRow.faced()).isEqualTo(1);
        assertThat(otherRow.lostTo()).isEqualTo(1);

        // The director sees the sales department's opportunities; manager2 (South China) none of manager's.
        assertThat(rowOf("director", rival).faced()).isEqualTo(4);
        assertThat(rowOf("manager2", rival).faced()).isZero();
        assertThat(rowOf("executive", rival).lostTo()).isEqualTo(1);

        mvc.perform(get("/competitors/of-opportunity/" + lostToRival).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("opportunity-lost-to-" + rival)));
        mvc.perform(get("/competitors/of-opportunity/" + lostToRival).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/competitors/win-loss/export").param("format", "csv").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("测试对手甲机床,4,1,1,1,1,")));
        mvc.perform(get("/competitors/win-loss").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("winloss-row-" + rival)));
    }

    @Test
    void aClosedOpportunityKeepsItsCompetitorsAndAnUnknownCompetitorIsRefused() throws Exception {
        long rival = competitor("T9103", "测试对手丙机床");
        long id = developing("manager", "测试胜负客户五");
        postJson("manager", "/api/v1/opportunities/" + id + "/close",
                "{\"outcome\":\"LOST\",\"reason\":\"COMPETITOR\",\"lostToCompetitorId\":99999999}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lostToCompetitorId"));
        postJson("manager", "/api/v1/opportunities/" + id + "/close", "{\"outcome\":\"LOST\",\"reason\":\"NO_BUDGET\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/competitors/of-opportunity/" + id).param("competitorId", String.valueOf(rival))
                        .with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("opportunity-competitors-error")));
        assertThat(rowOf("manager", rival).faced()).isZero();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() throws Exception {
        mvc.perform(get("/competitors/win-loss/export").param("from", LocalDate.now().toString())
                        .param("to", LocalDate.now().minusDays(1).toString()).with(as("director")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/competitors/win-loss/export").param("format", "pdf").with(as("director")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/competitors/win-loss").with(as("service"))).andExpect(status().isForbidden());
    }
}
