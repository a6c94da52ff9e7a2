package org.kehu.competitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A customer of the group "competitor's customer" links to its competitor on its page; other customers do not. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CustomerCompetitorLinkTests extends CompetitorTestSupport {

    @BeforeEach
    void highIds() {
        idsPast127();
    }

    private long customerOfManager(boolean competitorGroup) {
        return jdbc.sql("select c.id from customer c join app_user u on u.id = c.owner_id where u.username = 'manager'"
                        + " and c.id > 127 and (c.group_code = 'COMPETITOR') = :g order by c.id limit 1")
                .param("g", competitorGroup).query(Long.class).single();
    }

    @Test
    void aCompetitorsCustomerIsLinkedByItsOwnerAndTheCompetitorListsIt() throws Exception {
        long rival = competitor("T9201", "测试对手关联机床");
        long customer = customerOfManager(true);
        mvc.perform(post("/competitors/of-customer/" + customer).param("competitorId", String.valueOf(rival))
                        .with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("测试对手关联机床")))
                .andExpect(content().string(not(containsString("customer-competitor-error"))));
        assertThat(jdbc.sql("select competitor_id from competitor_customer where customer_id = :c").param("c", customer)
                .query(Long.class).single()).isEqualTo(rival);
        mvc.perform(get("/competitors/" + rival).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/customers/" + customer)));
        // manager2 neither sees the card of manager's customer nor the customer on the competitor's page.
        mvc.perform(get("/competitors/of-customer/" + customer).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/competitors/" + rival).with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/customers/" + customer + "\""))));
        // Unlinking: an empty choice.
        mvc.perform(post("/competitors/of-customer/" + customer).param("competitorId", "").with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("customer-competitor-none")));
    }

    @Test
    void aCustomerOfAnotherGroupCannotBeLinked() throws Exception {
        long rival = competitor("T9202", "测试对手禁止关联");
        long customer = customerOfManager(false);
        mvc.perform(get("/competitors/of-customer/" + customer).with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("customer-competitor-not-group")))
                .andExpect(content().string(not(containsString("customer-competitor-choice"))));
        mvc.perform(post("/competitors/of-customer/" + customer).param("competitorId", String.valueOf(rival))
                        .with(as("manager")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("customer-competitor-error")));
        assertThat(jdbc.sql("select count(*) from competitor_customer where customer_id = :c").param("c", customer)
                .query(Long.class).single()).isZero();
        // Service staff may not change the link at all.
        mvc.perform(post("/competitors/of-customer/" + customer).param("competitorId", String.valueOf(rival))
                .with(as("service")).with(csrf())).andExpect(status().isForbidden());
    }
}
