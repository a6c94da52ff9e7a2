package org.kehu.analytics.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The value page's fit as the analyst meets it: the form always comes back to the page (no request hangs on the
 * fit); a day the data cannot fit is refused there with the reason and the day kept in the form; while a fit runs
 * the page polls, and once it has ended the poll has the page reload; a day in the future is refused beside the
 * field; an account manager may not fit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ValuePageFitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aDayTheDataCannotFitComesBackToThePageWithTheReason() throws Exception {
        mvc.perform(post("/analytics/value/fit").param("calibrationEnd", "2001-01-31").with(csrf())
                        .with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/analytics/value"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String page = page("executive");
            assertThat(page).contains("id=\"clv-fit-error\"").contains("value=\"2001-01-31\"")
                    .doesNotContain("id=\"clv-fitting\"");
        });
        // The progress shows once, inside the fit's card.
        assertThat(page("executive").split("id=\"clv-progress\"", -1)).hasSize(2);
    }

    @Test
    void thePollHasThePageReloadOnceTheFitItShowedRunningHasEnded() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/analytics/value/progress")
                        .param("fitting", "true").with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true")));
        mvc.perform(get("/analytics/value/progress").with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Refresh"));
    }

    @Test
    void aDayInTheFutureIsRefusedBesideTheField() throws Exception {
        String page = mvc.perform(post("/analytics/value/fit").param("calibrationEnd", "2999-01-31").with(csrf())
                        .with(user(accounts.loadUserByUsername("executive"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"clv-calibration-end-error\"").contains("is-invalid");
    }

    @Test
    void anAccountManagerMayNotFit() throws Exception {
        mvc.perform(post("/analytics/value/fit").param("calibrationEnd", "2024-01-31").with(csrf())
                .with(user(accounts.loadUserByUsername("manager")))).andExpect(status().isForbidden());
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/analytics/value").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
