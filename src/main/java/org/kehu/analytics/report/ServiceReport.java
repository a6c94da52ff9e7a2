package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.support.SurveySatisfaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Service analysis and feedback (客户服务分析, 服务反馈统计): the tickets opened in the period by type, priority,
 * status, satisfaction or handler, with how many were closed, how many broke a service level (response or
 * resolution, as the breach watch marks them) and the 1–5 satisfaction the customers gave closing them. The
 * satisfaction has two sources, and the report names both: the ratings given on tickets (per group, as the tickets
 * fall) and the answers to satisfaction surveys' 1–5 questions in the period ({@link SurveySatisfaction}, which
 * belong to no ticket, so they join the totals and the distribution only). The data scope and the owner filters
 * apply to the ticket's or the surveyed customer's owner, as on the ticket list; service roles see all.
 */
@Component
class ServiceReport implements Report {

    /** A dimension: the SQL expression it groups by and how its values read. */
    private record Dimension(String code, String expression, Function<List<String>, Function<String, String>> labels) {
    }

    /** The figures of one group. */
    record Group(String code, long tickets, long closed, long breached, long rated, BigDecimal satisfaction) {
    }

    private final JdbcClient jdbc;
    private final ReportLabels labels;
    private final UserDirectory users;
    private final SurveySatisfaction surveys;
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

    ServiceReport(JdbcClient jdbc, ReportLabels labels, UserDirectory users, SurveySatisfaction surveys) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.users = users;
        this.surveys = surveys;
        add(new Dimension("type", "t.type_code", codes -> c -> labels.dictionary(DictionaryType.TICKET_TYPE, c)));
        add(new Dimension("priority", "t.priority_code",
                codes -> c -> labels.dictionary(DictionaryType.TICKET_PRIORITY, c)));
        add(new Dimension("status", "t.status",
                codes -> c -> c == null ? labels.unset() : labels.text("support.status." + c)));
        add(new Dimension("satisfaction", "t.satisfaction::text",
                codes -> c -> c == null ? labels.text("analytics.report.service.unrated") : c));
        add(new Dimension("handler", "t.assignee_id::text", this::handlerNames));
    }

    private void add(Dimension d) {
        dimensions.put(d.code(), d);
    }

    private Function<String, String> handlerNames(List<String> codes) {
        Map<Long, String> names = users.names(codes.stream().filter(c -> c != null).map(Long::valueOf).toList());
        return c -> c == null ? labels.text("analytics.report.service.unassigned")
                : names.getOrDefault(Long.valueOf(c), c);
    }

    @Override
    public String key() {
        return "service";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.of(ReportFilterField.PERIOD, ReportFilterField.DEPARTMENT, ReportFilterField.OWNER);
    }

    @Override
    public List<ReportDimension> dimensions() {
        return dimensions.keySet().stream()
                .map(code -> new ReportDimension(code, "analytics.report.dimension." + code)).toList();
    }

    /** Tickets per value of the expression: opened, closed, breached, rated and their mean satisfaction. */
    static String sql(String expression, String where) {
        return "select " + expression + " as code, count(*) as tickets,"
                + " count(*) filter (where t.status = 'ARCHIVED') as closed,"
                + " count(*) filter (where t.response_breached or t.resolution_breached) as breached,"
                + " count(t.satisfaction) as rated, avg(t.satisfaction) as satisfaction"
                + " from ticket t join customer c on c.id = t.customer_id" + where
                + " group by " + expression + " order by tickets desc, code";
    }

    /** The tickets opened in the period (business days), within the scope and owner filters on the customer's owner. */
    static String where(ReportFilter f, Map<String, Object> params) {
        params.put("from", Timestamp.from(f.from().atStartOfDay(BusinessTime.ZONE).toInstant()));
        params.put("end", Timestamp.from(f.end().atStartOfDay(BusinessTime.ZONE).toInstant()));
        return " where t.created_at >= :from and t.created_at < :end" + CustomerWhere.of(f, params);
    }

    List<Group> groups(String expression, ReportFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql(sql(expression, where(filter, params))).params(params)
                .query((rs, n) -> new Group(rs.getString("code"), rs.getLong("tickets"), rs.getLong("closed"),
                        rs.getLong("breached"), rs.getLong("rated"), scale(rs.getBigDecimal("satisfaction"))))
                .list();
    }

    private static BigDecimal scale(BigDecimal mean) {
        return mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        Dimension d = dimensions.get(filter.dimension());
        List<Group> groups = groups(d.expression(), filter);
        Function<String, String> label = d.labels().apply(groups.stream().map(Group::code).toList());
        long tickets = groups.stream().mapToLong(Group::tickets).sum();
        long closed = groups.stream().mapToLong(Group::closed).sum();
        long breached = groups.stream().mapToLong(Group::breached).sum();
        long rated = groups.stream().mapToLong(Group::rated).sum();
        BigDecimal ratingSum = groups.stream().filter(g -> g.satisfaction() != null)
                .map(g -> g.satisfaction().multiply(BigDecimal.valueOf(g.rated()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Long> breaches = new ArrayList<>();
        for (Group g : groups) {
            String name = label.apply(g.code());
            if (rows.size() < limit) {
                rows.add(Arrays.asList(name, g.tickets(), Percent.of(g.tickets(), tickets), g.closed(), g.breached(),
                        Percent.of(g.breached(), g.tickets()), g.rated(), g.satisfaction()));
            }
            names.add(name);
            counts.add(g.tickets());
            breaches.add(g.breached());
        }
        SurveySatisfaction.Tally surveyed = surveyTally(filter);
        List<ReportColumn> columns = List.of(ReportColumn.text("value", "analytics.report.dimension." + d.code()),
                ReportColumn.integer("tickets", "analytics.report.col.tickets"),
                ReportColumn.percent("share", "analytics.report.col.share"),
                ReportColumn.integer("closed", "analytics.report.col.closed"),
                ReportColumn.integer("breached", "analytics.report.col.breached"),
                ReportColumn.percent("breachRate", "analytics.report.col.breach-rate"),
                ReportColumn.integer("rated", "analytics.report.col.rated"),
                ReportColumn.decimal("satisfaction", "analytics.report.service.ticket-satisfaction"));
        List<ReportFigure> totals = List.of(
                new ReportFigure("tickets", "analytics.report.total.tickets", ReportColumn.Kind.INTEGER, tickets),
                new ReportFigure("closed", "analytics.report.col.closed", ReportColumn.Kind.INTEGER, closed),
                new ReportFigure("breached", "analytics.report.col.breached", ReportColumn.Kind.INTEGER, breached),
                new ReportFigure("breachRate", "analytics.report.col.breach-rate", ReportColumn.Kind.PERCENT,
                        Percent.of(breached, tickets)),
                new ReportFigure("rated", "analytics.report.service.ticket-ratings", ReportColumn.Kind.INTEGER, rated),
                new ReportFigure("surveyAnswers", "analytics.report.service.survey-answers", ReportColumn.Kind.INTEGER,
                        surveyed.answers()),
                new ReportFigure("satisfaction", "analytics.report.service.satisfaction-all", ReportColumn.Kind.DECIMAL,
                        Percent.ratio(ratingSum.add(BigDecimal.valueOf(surveyed.points())),
                                BigDecimal.valueOf(rated + surveyed.answers()))));
        List<ReportChart> charts = new ArrayList<>();
        charts.add(ReportChart.of("bar", "analytics.report.service.chart", names, List.of(
                new ReportChart.Series(labels.text("analytics.report.col.tickets"), "bar", counts),
                new ReportChart.Series(labels.text("analytics.report.col.breached"), "bar", breaches))));
        charts.add(satisfactionChart(filter, surveys.distribution(start(filter), start(filter.end()), filter.scope(),
                filter.owners())));
        return new ReportResult(columns, rows, groups.size(), totals, charts);
    }

    /** The survey answers given in the period, within the scope and owner filters. */
    private SurveySatisfaction.Tally surveyTally(ReportFilter filter) {
        return surveys.perOwner(start(filter), start(filter.end()), filter.scope(), filter.owners()).values().stream()
                .reduce(SurveySatisfaction.Tally.NONE, SurveySatisfaction.Tally::plus);
    }

    private static java.time.Instant start(ReportFilter filter) {
        return start(filter.from());
    }

    private static java.time.Instant start(java.time.LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /**
     * How many tickets got each of the five ratings, and how many survey answers gave each score: the feedback's
     * distribution from both sources, whatever the dimension.
     */
    private ReportChart satisfactionChart(ReportFilter filter, long[] surveyCounts) {
        Map<String, Long> byRating = new LinkedHashMap<>();
        for (int star = 1; star <= 5; star++) {
            byRating.put(String.valueOf(star), 0L);
        }
        for (Group g : groups("t.satisfaction::text", filter)) {
            if (g.code() != null) {
                byRating.put(g.code(), g.tickets());
            }
        }
        return ReportChart.of("bar", "analytics.report.service.satisfaction-chart", List.copyOf(byRating.keySet()),
                List.of(new ReportChart.Series(labels.text("analytics.report.service.ticket-ratings"), "bar",
                        List.copyOf(byRating.values())),
                        new ReportChart.Series(labels.text("analytics.report.service.survey-answers"), "bar",
                                Arrays.stream(surveyCounts).boxed().toList())));
    }
}
