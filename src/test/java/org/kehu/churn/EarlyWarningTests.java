package org.kehu.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.MutableClock;
import org.kehu.customer.CustomerLifetimeValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * The early warning (issue 9, section 4): customers whose P(alive) fell below the threshold (0.3 by default) though
 * the six-month rule has not flagged them, lowest first, in the reader's data scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@Transactional
class EarlyWarningTests extends ChurnTestSupport {

    @Autowired
    CustomerLifetimeValues values;

    long slipping;
    long slipping2;
    long alsoSlipping;
    long healthy;
    long alreadyWarned;
    long lost;

    @BeforeEach
    void customersWithScores() {
        slipping = scored("下滑客户", 0.000120);
        slipping2 = scored("下滑客户二", 0.000130);
        alsoSlipping = scored("同概率客户", 0.000130);
        healthy = scored("活跃客户", 0.9);
        alreadyWarned = scored("已预警客户", 0.000110);
        jdbc.sql("insert into churn_warning(customer_id, state, last_sale, flagged_on, updated_at) values (:c, 'PENDING', :d, :d, now())")
                .param("c", alreadyWarned).param("d", today().minusMonths(7)).update();
        lost = scored("已流失客户", 0.000100);
        jdbc.sql("update customer set status = 'LOST' where id = :id").param("id", lost).update();
    }

    private long scored(String name, double pAlive) {
        long id = customer(name, "manager");
        values.record(List.of(new CustomerLifetimeValues.Score(id, pAlive, 0.5, new BigDecimal("120.00"))));
        return id;
    }

    @Test
    void listsOnlyCustomersBelowTheThresholdWithoutAWarningLowestFirstAcrossPages() throws Exception {
        List<Long> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 500; page++) {
            var request = get("/api/v1/churn/early-warnings").param("owner", String.valueOf(userId("manager")))
                    .param("size", "2").with(as("manager"));
            if (after != null) {
                request.param("after", after);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Integer> found = JsonPath.read(body, "$.items[*].customerId");
            found.forEach(i -> ids.add(i.longValue()));
            after = JsonPath.read(body, "$.next");
            if (after == null) {
                break;
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).contains(slipping, slipping2, alsoSlipping).doesNotContain(healthy, alreadyWarned, lost);
        // Lowest first; equal P(alive) in the order of the ids.
        assertThat(ids.indexOf(slipping)).isLessThan(ids.indexOf(slipping2));
        assertThat(ids.indexOf(slipping2)).isLessThan(ids.indexOf(alsoSlipping));
    }

    @Test
    void thePageIsATabOfTheChurnPageWithActionsForTheOwner() throws Exception {
        mvc.perform(get("/churn/early-warnings").param("owner", String.valueOf(userId("manager"))).with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("churn-tab-early")))
                .andExpect(content().string(containsString("early-row-" + slipping)))
                .andExpect(content().string(containsString("/tasks/new?customerId=" + slipping)))
                .andExpect(content().string(not(containsString("early-row-" + healthy))))
                .andExpect(content().string(not(containsString("early-row-" + alreadyWarned))));
        mvc.perform(get("/churn/warnings").with(as("manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("churn-tab-early")));
    }

    @Test
    void aUserOutsideTheScopeGetsNothing() throws Exception {
        mvc.perform(get("/api/v1/churn/early-warnings").param("size", "200").with(as("manager2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.customerId == " + slipping + ")]").isEmpty());
        mvc.perform(get("/churn/early-warnings").with(as("manager2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("early-row-" + slipping))));
        mvc.perform(get("/api/v1/churn/early-warnings/export").param("format", "csv").with(as("director")))
                .andExpect(status().isOk());
    }

    @Test
    void theExportListsTheCustomersForTheDirectorOfTheirDepartment() throws Exception {
        String name = jdbc.sql("select name from customer where id = :id").param("id", slipping).query(String.class).single();
        mvc.perform(get("/churn/early-warnings/export").param("format", "csv")
                        .param("owner", String.valueOf(userId("manager"))).with(as("director")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/api/v1/churn/early-warnings/export").param("format", "pdf").with(as("director")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void badInputIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/churn/early-warnings").param("after", "not-a-cursor").with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("after")));
        mvc.perform(get("/api/v1/churn/early-warnings").param("region", "x".repeat(40)).with(as("manager")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("region")));
    }

    @Test
    void theDailyScanTellsTheOwnerOnceWhenHisListGrew() throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
        scan.run();
        scan.run();
        List<String> told = jdbc.sql("""
                select args[1] from notification where id > :before and recipient_id = :u and message_key = 'churn.notify.early'""")
                .param("before", before).param("u", userId("manager")).query(String.class).list();
        assertThat(told).hasSize(1);
        assertThat(Long.parseLong(told.get(0))).isGreaterThanOrEqualTo(3);
        scored("又一个下滑客户", 0.000140);
        scan.run();
        assertThat(jdbc.sql("""
                select count(*) from notification where id > :before and recipient_id = :u and message_key = 'churn.notify.early'""")
                .param("before", before).param("u", userId("manager")).query(Long.class).single()).isEqualTo(2);
    }
}
