package org.kehu.home;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.kehu.analytics.MonthPerformance;
import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerListing;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.office.Agenda;
import org.kehu.office.Noticeboard;
import org.kehu.sales.ForecastMonth;
import org.kehu.sales.FunnelStage;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.Formats;
import org.kehu.shared.paging.CappedCount;
import org.kehu.support.MonthlySatisfaction;
import org.kehu.support.ServiceFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the dashboards of the user's roles ({@link DashboardRoles}), the tasks due, how many customers the
 * user looks after and which were changed last.
 */
@Controller
class HomeController {

    private static final int RECENT = 8;

    record RecentCustomer(long id, String code, String name, String ownerName, String updated) {
    }

    /** At most this many of today's tasks, and as many overdue ones; the counts link to the full lists. */
    private static final int AGENDA = 8;

    /** A task of the "due today" box, with its time as the reader reads it. */
    record DueTask(String title, String due, boolean overdue, String customerName, String link) {
    }

    private final CustomerListing customers;
    private final UserDirectory users;
    private final Agenda agenda;
    private final SalesDashboard sales;
    private final ExecutiveDashboard executive;
    private final ServiceFigures service;
    private final Clock clock;
    private final org.kehu.shared.web.Messages messages;
    private final Noticeboard noticeboard;

    /** At most this many must-read announcements waiting for confirmation. */
    private static final int NOTICES = 5;

    HomeController(CustomerListing customers, UserDirectory users, Agenda agenda, SalesDashboard sales,
            ExecutiveDashboard executive, ServiceFigures service, Clock clock, org.kehu.shared.web.Messages messages,
            Noticeboard noticeboard) {
        this.noticeboard = noticeboard;
        this.customers = customers;
        this.users = users;
        this.agenda = agenda;
        this.sales = sales;
        this.executive = executive;
        this.service = service;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = users.requireCurrentUser();
        if (me.can(Permission.CUSTOMER_VIEW)) {
            CustomerFilter all = CustomerFilter.none();
            CappedCount count = customers.count(all);
            model.addAttribute("customerCount", count.value());
            model.addAttribute("customerCountCapped", count.capped());
            model.addAttribute("customerCountLimit", CappedCount.LIMIT);
            model.addAttribute("recentCustomers", customers.page(all, null, null, RECENT).items().stream()
                    .map(c -> new RecentCustomer(c.id(), c.code(), c.name(), c.ownerName(), Formats.dateTime(c.updatedAt())))
                    .toList());
        }
        model.addAttribute("notices", noticeboard.awaitingConfirmation(NOTICES));
        Agenda.Day day = agenda.day(AGENDA);
        model.addAttribute("agenda", day);
        model.addAttribute("todayTasks", dueTasks(day.today()));
        model.addAttribute("overdueTasks", dueTasks(day.overdue()));
        dashboards(me, model);
        return "home/index";
    }

    private void dashboards(CurrentUser me, Model model) {
        DashboardRoles roles = DashboardRoles.of(me);
        model.addAttribute("roles", roles);
        model.addAttribute("anyDashboard", roles.any());
        if (roles.sales()) {
            model.addAttribute("mine", sales.mine(me));
        }
        if (roles.team()) {
            model.addAttribute("team", sales.team(me));
        }
        if (roles.executive()) {
            ExecutiveDashboard.Tiles tiles = executive.tiles(me);
            model.addAttribute("exec", tiles);
            List<MonthPerformance> months = tiles.months();
            model.addAttribute("trendMonths", ChartData.months(months.stream().map(MonthPerformance::month).toList()));
            model.addAttribute("trendRevenue", ChartData.numbers(months, MonthPerformance::revenue));
            model.addAttribute("trendTarget", ChartData.numbers(months, MonthPerformance::target));
            model.addAttribute("trendLastYear", ChartData.numbers(months, MonthPerformance::sameMonthLastYear));
            List<FunnelStage> funnel = tiles.funnel();
            model.addAttribute("funnelNames", ChartData.labels(funnel.stream().map(s -> s.won() ? messages.text("sales.status.WON") : s.label()).toList()));
            model.addAttribute("funnelValues", ChartData.numbers(funnel, s -> java.math.BigDecimal.valueOf(s.reachedCount())));
            model.addAttribute("forecastMonths", ChartData.months(tiles.forecast().stream().map(ForecastMonth::month).toList()));
            model.addAttribute("forecastWeighted", ChartData.numbers(tiles.forecast(), ForecastMonth::weighted));
            model.addAttribute("forecastAmount", ChartData.numbers(tiles.forecast(), ForecastMonth::amount));
        }
        if (roles.service()) {
            model.addAttribute("desk", service.overview());
            if (me.can(Permission.SURVEY_VIEW)) {
                List<MonthlySatisfaction> trend = service.satisfaction(YearMonth.now(clock.withZone(BusinessTime.ZONE)), 12);
                model.addAttribute("satisfactionMonths", ChartData.months(trend.stream().map(MonthlySatisfaction::month).toList()));
                model.addAttribute("satisfactionValues", ChartData.numbers(trend, MonthlySatisfaction::average));
                model.addAttribute("satisfactionAnswers", trend.stream().mapToLong(MonthlySatisfaction::answers).sum());
            }
        }
    }

    private static List<DueTask> dueTasks(List<org.kehu.office.AgendaItem> items) {
        return items.stream()
                .map(t -> new DueTask(t.title(), Formats.dateTime(t.dueAt()), t.overdue(), t.customerName(), t.link()))
                .toList();
    }
}
