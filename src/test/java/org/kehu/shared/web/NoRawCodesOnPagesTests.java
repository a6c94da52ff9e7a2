package org.kehu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kehu.RawCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People read labels, not codes: no page shows an enum constant or dictionary code such as {@code ACCOUNT_MANAGER} or
 * {@code REPAIR}, in Chinese or in English. The acronyms people do read (CSV, API, SLA, CNC …) are allowed, and so is a
 * code shown as a code in a {@code <code>} element beside its label (the dictionary, roles and departments pages,
 * where administrators keep the codes). Each page is fetched as a user who may open it, over the demo data, and its
 * visible text (not its markup) is scanned.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoRawCodesOnPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void noPageShowsARawCode(String lang) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String[] visit : visits()) {
            String html = mvc.perform(get(visit[1]).param("lang", lang).with(user(accounts.loadUserByUsername(visit[0]))))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Set<String> codes = RawCodes.inPage(html);
            if (!codes.isEmpty()) {
                problems.add(visit[0] + " " + visit[1] + " → " + codes);
            }
        }
        assertThat(problems).as("pages showing codes (" + lang + ")").isEmpty();
    }

    private List<String[]> visits() {
        long customer = first("select max(c.id) from customer c join ticket t on t.customer_id = c.id");
        long ticket = first("select max(id) from ticket where type_code = 'REPAIR' and status = 'ARCHIVED'");
        long order = first("select max(id) from sales_order");
        long opportunity = first("select max(id) from opportunity");
        long product = first("select max(id) from product");
        long task = first("select max(id) from task");
        String[][] pages = {
            {"admin", "/"}, {"admin", "/admin/users"}, {"admin", "/admin/roles"}, {"admin", "/admin/audit"},
            {"admin", "/admin/departments"}, {"admin", "/admin/dictionary"}, {"admin", "/admin/service-levels"},
            {"admin", "/customers"}, {"admin", "/customers/" + customer}, {"admin", "/customers/new"},
            {"admin", "/opportunities"}, {"admin", "/opportunities/" + opportunity}, {"director", "/pipeline"},
            {"director", "/funnel"}, {"admin", "/products"}, {"admin", "/products/" + product}, {"admin", "/inventory"},
            {"admin", "/inventory/movements"}, {"admin", "/orders"}, {"admin", "/orders/" + order},
            {"manager", "/tasks"}, {"admin", "/tasks/" + task}, {"manager", "/calendar"}, {"servicelead", "/tickets"},
            {"servicelead", "/tickets/" + ticket}, {"service", "/tickets/new"}, {"servicelead", "/follow-ups"},
            {"servicelead", "/surveys"}, {"servicelead", "/admin/outbox"}, {"manager", "/notifications"},
            {"manager", "/profile"}, {"manager", "/churn/warnings"}, {"admin", "/churn/warnings?state=CONFIRMED"},
            {"admin", "/churn/warnings?state=POSTPONED"}, {"director", "/churn/analysis"},
        };
        return List.of(pages);
    }

    private long first(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
