package org.kehu.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.Formats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each role's dashboard shows its tiles with the figures the data gives (computed here in SQL from the demo data and
 * the read model), and no one else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private final LocalDate today = LocalDate.now(BusinessTime.ZONE);
    private final YearMonth month = YearMonth.from(today);

    @Test
    void theAccountManagerSeesHisMonthPipelineTasksAndChurnWarnings() throws Exception {
        long me = id("manager");
        warn(me);
        Document page = home("manager");

        assertThat(text(page, "dash-my-revenue-value")).isEqualTo(Formats.money(revenue(me, month)));
        assertThat(page.getElementById("dash-my-last-year").text()).contains(Formats.money(revenue(me, month.minusYears(1))));
        BigDecimal target = target(me, month);
        assertThat(target).as("the demo sets this month's target").isNotNull();
        assertThat(page.getElementById("dash-my-target").text()).contains(Formats.money(target))
                .contains(percent(revenue(me, month), target));
        assertThat(text(page, "dash-my-pipeline-amount")).isEqualTo(Formats.money(pipeline(me, "expected_amount")));
        assertThat(text(page, "dash-my-pipeline-weighted")).isEqualTo(Formats.money(pipeline(me, "expected_amount * probability / 100.0")));
        assertThat(text(page, "dash-my-churn-count")).isEqualTo("" + jdbc.sql(
                "select count(*) from customer where owner_id = :o and status = 'CHURN_WARNING'").param("o", me).query(Long.class).single());
        assertThat(text(page, "dash-my-tasks-today")).isEqualTo("" + jdbc.sql("""
                select count(*) from task where assignee_id = :o and status = 'OPEN'
                   and due_at >= date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'
                   and due_at < (date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '1 day') at time zone 'Asia/Shanghai'""")
                .param("o", me).query(Long.class).single());
        assertThat(page.getElementById("dash-my-revenue").attr("href")).isEqualTo("/targets");
        assertThat(page.getElementById("dash-team")).isNull();
        assertThat(page.getElementById("dash-executive")).isNull();
        assertThat(page.getElementById("home-agenda")).as("the agenda stays").isNotNull();
    }

    @Test
    void theDirectorSeesHisTeamPerPersonAndNobodyOutsideHisDepartment() throws Exception {
        long manager = id("manager");
        warn(manager);
        Document page = home("director");

        Element row = page.getElementById("dash-team-" + manager);
        assertThat(row).isNotNull();
        assertThat(row.selectFirst(".dash-team-revenue").text()).isEqualTo(Formats.money(revenue(manager, month)));
        assertThat(row.selectFirst(".dash-team-target").text()).isEqualTo(Formats.money(target(manager, month)));
        assertThat(row.selectFirst(".dash-team-completion").text()).isEqualTo(percent(revenue(manager, month), target(manager, month)));
        assertThat(row.selectFirst(".dash-team-last-year").text()).isEqualTo(Formats.money(revenue(manager, month.minusYears(1))));
        assertThat(row.selectFirst(".dash-team-weighted").text())
                .isEqualTo(Formats.money(pipeline(manager, "expected_amount * probability / 100.0")));
        assertThat(row.selectFirst(".dash-team-churn").text()).isEqualTo("" + jdbc.sql(
                "select count(*) from customer where owner_id = :o and status = 'CHURN_WARNING'").param("o", manager).query(Long.class).single());
        assertThat(page.getElementById("dash-team-" + id("director"))).isNotNull();
        assertThat(page.getElementById("dash-team-" + id("manager2"))).isNull();
        assertThat(page.getElementById("dash-executive")).isNull();
        assertThat(page.getElementById("dash-sales")).as("his own figures are in the team table").isNull();
    }

    @Test
    void theExecutiveSeesTheCompanysTrendTopCustomersFunnelSatisfactionChurnAndForecast() throws Exception {
        warn(id("manager"));
        jdbc.sql("update customer set status = 'LOST' where id = (select max(id) from customer where status = 'ACTIVE')").update();
        Document page = home("executive");

        BigDecimal thisMonth = jdbc.sql("select coalesce(sum(amount), 0) from analytics_sales_day where day >= :f and day < :t")
                .param("f", month.atDay(1)).param("t", month.plusMonths(1).atDay(1)).query(BigDecimal.class).single();
        assertThat(text(page, "dash-company-revenue")).isEqualTo(Formats.money(thisMonth));
        BigDecimal target = jdbc.sql("select sum(amount) from analytics_sales_target where year = :y and month = :m")
                .param("y", month.getYear()).param("m", month.getMonthValue()).query(BigDecimal.class).single();
        assertThat(text(page, "dash-company-completion")).isEqualTo(percent(thisMonth, target));

        List<String> top = jdbc.sql("""
                select c.name from analytics_sales_day s join customer c on c.id = s.customer_id
                 where s.day >= :f and s.day <= :t group by c.id, c.name having sum(s.amount) > 0
                 order by sum(s.amount) desc, c.id limit 10""")
                .param("f", today.minusYears(1).plusDays(1)).param("t", today).query(String.class).list();
        assertThat(page.select("#dash-top-list .dash-top-row a").eachText()).isEqualTo(top);
        assertThat(page.getElementById("dash-top").selectFirst(".card-header a").attr("href")).isEqualTo("/reports/contribution");

        BigDecimal satisfaction = jdbc.sql("""
                select round(avg(a.scale_value), 2) from survey_answer a join survey_invitation i on i.id = a.invitation_id
                 where a.scale_value is not null and i.answered_at >= :f""")
                .param("f", java.sql.Timestamp.from(month.minusMonths(11).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .query(BigDecimal.class).single();
        assertThat(satisfaction).as("the demo has survey answers").isNotNull();
        assertThat(text(page, "dash-satisfaction-value")).isEqualTo(Formats.decimal(satisfaction, 2));
        assertThat(text(page, "dash-churn-warnings")).isEqualTo(""
                + jdbc.sql("select count(*) from customer where status = 'CHURN_WARNING'").query(Long.class).single());
        assertThat(text(page, "dash-churn-lost")).isEqualTo(""
                + jdbc.sql("select count(*) from customer where status = 'LOST'").query(Long.class).single());

        BigDecimal forecast = jdbc.sql("""
                select coalesce(sum(expected_amount * probability / 100.0), 0) from opportunity
                 where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date < :end""")
                .param("end", month.plusMonths(6).atDay(1)).query(BigDecimal.class).single();
        assertThat(text(page, "dash-forecast-total")).isEqualTo(Formats.money(forecast.setScale(2, RoundingMode.HALF_UP)));
        assertThat(page.getElementById("dash-trend-chart").attr("data-months").split(",")).hasSize(12).endsWith(month.toString());
        assertThat(page.getElementById("dash-funnel-chart").attr("data-values")).isNotEmpty();
        assertThat(page.select("script[src*=dashboard.js]")).hasSize(1);
    }

    @Test
    void theServiceDeskSeesOpenTicketsServiceLevelsAndFollowUpsDue() throws Exception {
        Document page = home("servicelead");
        assertThat(text(page, "dash-open-tickets-count")).isEqualTo(""
                + jdbc.sql("select count(*) from ticket where status <> 'ARCHIVED'").query(Long.class).single());
        assertThat(text(page, "dash-at-risk-count")).isEqualTo("" + jdbc.sql("""
                select count(*) from ticket t where t.status <> 'ARCHIVED'
                   and ((t.responded_at is null and t.response_warn_at <= now() and t.response_due >= now())
                     or (t.resolved_at is null and t.resolution_warn_at <= now() and t.resolution_due >= now()))""")
                .query(Long.class).single());
        assertThat(text(page, "dash-follow-ups-count")).isEqualTo("" + jdbc.sql(
                "select count(*) from follow_up where done_at is null and planned_on <= :d").param("d", today).query(Long.class).single());
        assertThat(page.getElementById("dash-at-risk-link").attr("href")).isEqualTo("/tickets?view=at-risk");
        assertThat(page.getElementById("dash-satisfaction-chart")).isNotNull();
        assertThat(page.getElementById("dash-executive")).isNull();
        assertThat(page.getElementById("dash-sales")).isNull();
    }

    @Test
    void anAccountManagerOfAnotherDepartmentSeesOnlyHisOwnFigures() throws Exception {
        long other = id("manager2");
        Document page = home("manager2");
        assertThat(text(page, "dash-my-revenue-value")).isEqualTo(Formats.money(revenue(other, month)));
        assertThat(text(page, "dash-my-pipeline-amount")).isEqualTo(Formats.money(pipeline(other, "expected_amount")));
        assertThat(page.getElementById("dash-team")).isNull();
        assertThat(page.getElementById("dash-executive")).isNull();
        String managersName = jdbc.sql("select name from app_user where username = 'manager'").query(String.class).single();
        assertThat(page.getElementById("dash-sales").text()).doesNotContain(managersName);
    }

    private Document home(String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static String text(Document page, String id) {
        Element e = page.getElementById(id);
        assertThat(e).as(id).isNotNull();
        return e.text();
    }

    private long id(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private void warn(long owner) {
        jdbc.sql("update customer set status = 'CHURN_WARNING' where id = (select max(id) from customer where owner_id = :o)")
                .param("o", owner).update();
    }

    private BigDecimal revenue(long owner, YearMonth m) {
        return jdbc.sql("select coalesce(sum(amount), 0) from analytics_sales_day where owner_id = :o and day >= :f and day < :t")
                .param("o", owner).param("f", m.atDay(1)).param("t", m.plusMonths(1).atDay(1)).query(BigDecimal.class).single();
    }

    private BigDecimal target(long owner, YearMonth m) {
        return jdbc.sql("select amount from analytics_sales_target where user_id = :o and year = :y and month = :m")
                .param("o", owner).param("y", m.getYear()).param("m", m.getMonthValue()).query(BigDecimal.class).optional().orElse(null);
    }

    private BigDecimal pipeline(long owner, String what) {
        return jdbc.sql("select round(coalesce(sum(" + what + "), 0), 2) from opportunity where owner_id = :o"
                + " and status in ('NEW', 'ASSIGNED', 'DEVELOPING')").param("o", owner).query(BigDecimal.class).single();
    }

    private static String percent(BigDecimal revenue, BigDecimal target) {
        return Formats.decimal(revenue.divide(target, 4, RoundingMode.HALF_UP).movePointRight(2), 1) + "%";
    }
}
