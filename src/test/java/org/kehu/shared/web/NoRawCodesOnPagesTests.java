package org.kehu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
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

    /** Upper-case words of three or more letters, with or without underscores: how codes look. */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d_./-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\d_-])");

    /** What people read as words: file formats, protocols, units, our own product names. */
    private static final Set<String> READ_AS_WORDS = Set.of("CSV", "API", "SLA", "PDF", "CRM", "URL", "HTTP", "HTTPS",
            "SMTP", "OK", "ID", "CAD", "DIY", "VIP", "PM", "AM", "GB", "KB", "MB", "CNY", "RMB", "UTC", "ISO", "REST",
            "JSON", "XLSX", "HTML", "SKU", "ERP", "QQ", "IP", "UTF", "GB18030", "PCS", "KG", "TON", "SET", "BOM",
            "CNC", "MES", "PLC", "LED", "CEO", "OEM", "ODM");

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
            var page = Jsoup.parse(html);
            page.select("code").remove(); // a code shown as a code, beside its label (dictionary, roles, departments)
            Set<String> codes = codesIn(page.body().text());
            if (!codes.isEmpty()) {
                problems.add(visit[0] + " " + visit[1] + " → " + codes);
            }
        }
        assertThat(problems).as("pages showing codes (" + lang + ")").isEmpty();
    }

    static Set<String> codesIn(String text) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (word.length() >= 3 && !READ_AS_WORDS.contains(word) && !word.matches("[A-Z]{1,4}\\d+.*")) {
                codes.add(word);
            }
        }
        return codes;
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
            {"manager", "/profile"},
        };
        return List.of(pages);
    }

    private long first(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
