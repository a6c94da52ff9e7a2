package org.kehu.home;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.MonthPerformance;
import org.kehu.analytics.PersonPerformance;
import org.kehu.analytics.SalesPerformance;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.office.Agenda;
import org.kehu.sales.Pipeline;
import org.kehu.sales.PipelineTotals;
import org.kehu.shared.BusinessTime;
import org.springframework.stereotype.Component;

/**
 * The account manager's tiles and the director's team table: revenue this month against target and the same month
 * last year, open pipeline, tasks today and customers warned of churn, each from the module that owns it.
 */
@Component
class SalesDashboard {

    /** The account manager's tiles. */
    record Mine(MonthPerformance month, PipelineTotals pipeline, long tasksToday, long tasksOverdue, long churnWarnings) {
    }

    /** One person of the director's team. */
    record TeamRow(long userId, String name, MonthPerformance month, PipelineTotals pipeline, long tasksToday,
            long churnWarnings) {
    }

    private final SalesPerformance performance;
    private final Pipeline pipeline;
    private final Agenda agenda;
    private final CustomerManagement customers;
    private final Clock clock;

    SalesDashboard(SalesPerformance performance, Pipeline pipeline, Agenda agenda, CustomerManagement customers, Clock clock) {
        this.performance = performance;
        this.pipeline = pipeline;
        this.agenda = agenda;
        this.customers = customers;
        this.clock = clock;
    }

    Mine mine(CurrentUser me) {
        YearMonth month = YearMonth.now(clock.withZone(BusinessTime.ZONE));
        var tasks = agenda.countsByAssignee(List.of(me.id())).getOrDefault(me.id(), new Agenda.TaskCounts(0, 0));
        return new Mine(performance.mine(month),
                pipeline.openByOwner(List.of(me.id())).getOrDefault(me.id(), PipelineTotals.NONE),
                tasks.today(), tasks.overdue(), churnWarnings(me).getOrDefault(me.id(), 0L));
    }

    List<TeamRow> team(CurrentUser me) {
        YearMonth month = YearMonth.now(clock.withZone(BusinessTime.ZONE));
        List<PersonPerformance> people = performance.team(month);
        List<Long> ids = people.stream().map(PersonPerformance::userId).toList();
        Map<Long, PipelineTotals> pipelines = pipeline.openByOwner(ids);
        Map<Long, Agenda.TaskCounts> tasks = agenda.countsByAssignee(ids);
        Map<Long, Long> churn = churnWarnings(me);
        return people.stream().map(p -> new TeamRow(p.userId(), p.name(), p.month(),
                pipelines.getOrDefault(p.userId(), PipelineTotals.NONE),
                tasks.getOrDefault(p.userId(), new Agenda.TaskCounts(0, 0)).today(),
                churn.getOrDefault(p.userId(), 0L))).toList();
    }

    private Map<Long, Long> churnWarnings(CurrentUser me) {
        return me.can(Permission.CUSTOMER_VIEW) ? customers.countByOwner(CustomerStatus.CHURN_WARNING) : Map.of();
    }
}
