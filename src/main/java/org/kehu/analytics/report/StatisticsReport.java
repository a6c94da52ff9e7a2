package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.kehu.support.SurveySatisfaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customer, sales and service statistics (客户/销售/服务反馈统计报表): per person or per department, the customers
 * newly taken on, the orders and net revenue (confirmed or later, from the sales read model), the tickets handled
 * (resolved in the period, by their handler) and the mean satisfaction, each beside the same period a year
 * earlier and the change in percent. The satisfaction has two sources, named in its column: the ratings of the
 * tickets a person handled and the 1–5 survey answers of the customers the person owns ({@link SurveySatisfaction}). The reader's data scope and the owner filters choose the persons.
 *
 * <p>New customers and orders come from the counts per owner and month (and edge day) that triggers keep with the
 * customers and orders ({@link org.kehu.analytics.OwnerCounts}), not from the tables themselves: a year at a million
 * customers reads a few hundred rows instead of every customer and order of the year, twice ({@link StatisticsSql}).
 */
@Component
class StatisticsReport implements Report {

    /** A person's or a department's figures over one period; {@code rated} and {@code ratingSum} make the mean. */
    static final class Figures {
        long newCustomers;
        long orders;
        BigDecimal revenue = BigDecimal.ZERO;
        long tickets;
        long rated;
        long ratingSum;
        long surveyAnswers;
        long surveyPoints;

        void add(Figures o) {
            newCustomers += o.newCustomers;
            orders += o.orders;
            revenue = revenue.add(o.revenue);
            tickets += o.tickets;
            rated += o.rated;
            ratingSum += o.ratingSum;
            surveyAnswers += o.surveyAnswers;
            surveyPoints += o.surveyPoints;
        }

        BigDecimal satisfaction() {
            return Percent.ratio(BigDecimal.valueOf(ratingSum + surveyPoints), BigDecimal.valueOf(rated + surveyAnswers));
        }
    }

    /** A row: who (a person or a department), this period and last year's. */
    record Line(String name, String department, Figures now, Figures lastYear) {
    }

    private static final List<String> METRICS = List.of("newCustomers", "orders", "revenue", "tickets", "satisfaction");

    private final JdbcClient jdbc;
    private final ReportLabels labels;
    private final SurveySatisfaction surveys;

    StatisticsReport(JdbcClient jdbc, ReportLabels labels, SurveySatisfaction surveys) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.surveys = surveys;
    }

    @Override
    public String key() {
        return "statistics";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.of(ReportFilterField.PERIOD, ReportFilterField.DEPARTMENT, ReportFilterField.OWNER);
    }

    @Override
    public List<ReportDimension> dimensions() {
        return List.of(new ReportDimension("person", "analytics.report.dimension.person"),
                new ReportDimension("department", "analytics.report.dimension.department"));
    }

    /**
     * The statements of one period's figures (new customers and orders, revenue, tickets per person), for a reader
     * who sees everyone and filters nothing, with their parameters put into {@code params}; the survey answers come
     * after them from the support module. For the benchmark, which runs them as the report's raw SQL.
     */
    static List<String> statements(LocalDate from, LocalDate end, Map<String, Object> params) {
        ReportFilter all = new ReportFilter(from, end.minusDays(1), null, null, null, null, null, null, "person",
                org.kehu.identity.OwnerScope.everything());
        return StatisticsSql.of(all, from, end.minusDays(1), params);
    }

    /**
     * The same figures as {@link #statements} from the customers and orders themselves, as the report counted them
     * before the owner counts: the benchmark's "before".
     */
    static List<String> baseTableStatements(LocalDate from, LocalDate end, Map<String, Object> params) {
        return StatisticsSql.baseTables(from, end, params);
    }

    /** The persons' figures over a period (both days included), within the scope and owner filters. */
    Map<Long, Figures> figures(ReportFilter f, LocalDate from, LocalDate to) {
        Map<Long, Figures> byUser = new TreeMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> sql = StatisticsSql.of(f, from, to, params);
        collect(sql.get(0), params, byUser, (x, rs) -> {
                    x.newCustomers = rs[0].longValue();
                    x.orders = rs[1].longValue();
                });
        collect(sql.get(1), params, byUser, (x, rs) -> x.revenue = (BigDecimal) rs[0]);
        collect(sql.get(2), params, byUser, (x, rs) -> {
                    x.tickets = rs[0].longValue();
                    x.rated = rs[1].longValue();
                    x.ratingSum = rs[2].longValue();
                });
        surveys.perOwner(((Timestamp) params.get("fromTs")).toInstant(), ((Timestamp) params.get("endTs")).toInstant(),
                f.scope(), f.owners()).forEach((owner, tally) -> {
                    Figures x = byUser.computeIfAbsent(owner, id -> new Figures());
                    x.surveyAnswers = tally.answers();
                    x.surveyPoints = tally.points();
                });
        return byUser;
    }

    private void collect(String sql, Map<String, Object> params, Map<Long, Figures> byUser,
            BiConsumer<Figures, Number[]> set) {
        jdbc.sql(sql).params(params).query((rs, n) -> {
            int columns = rs.getMetaData().getColumnCount();
            Number[] values = new Number[columns - 1];
            for (int i = 2; i <= columns; i++) {
                values[i - 2] = (Number) rs.getObject(i);
            }
            set.accept(byUser.computeIfAbsent(rs.getLong(1), id -> new Figures()), values);
            return null;
        }).list();
    }

    /** The rows, most revenue first: one per person, or the persons summed per department. */
    List<Line> lines(ReportFilter f) {
        Map<Long, Figures> now = figures(f, f.from(), f.to());
        Map<Long, Figures> before = figures(f, f.from().minusYears(1), f.to().minusYears(1));
        Set<Long> ids = new java.util.TreeSet<>(now.keySet());
        ids.addAll(before.keySet());
        Map<Long, String[]> who = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select u.id, u.name, u.department_id, d.name from app_user u left join department d on d.id = u.department_id"
                    + " where u.id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                    .query((rs, n) -> who.put(rs.getLong(1), new String[] {rs.getString(2),
                            rs.getString(3), rs.getString(4)})).list();
        }
        Map<String, Line> lines = new LinkedHashMap<>();
        boolean byDepartment = "department".equals(f.dimension());
        for (Long id : ids) {
            String[] w = who.getOrDefault(id, new String[] {String.valueOf(id), null, null});
            String department = w[2] == null ? labels.unset() : w[2];
            String key = byDepartment ? String.valueOf(w[1]) : String.valueOf(id);
            Line line = lines.computeIfAbsent(key, k -> new Line(byDepartment ? department : w[0],
                    byDepartment ? null : department, new Figures(), new Figures()));
            line.now().add(now.getOrDefault(id, new Figures()));
            line.lastYear().add(before.getOrDefault(id, new Figures()));
        }
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing((Line l) -> l.now().revenue).reversed().thenComparing(Line::name));
        return sorted;
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        boolean byDepartment = "department".equals(filter.dimension());
        List<Line> lines = lines(filter);
        Figures total = new Figures();
        Figures totalBefore = new Figures();
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> revenue = new ArrayList<>();
        List<BigDecimal> revenueBefore = new ArrayList<>();
        for (Line l : lines) {
            total.add(l.now());
            totalBefore.add(l.lastYear());
            if (rows.size() < limit) {
                List<Object> row = new ArrayList<>();
                row.add(l.name());
                if (!byDepartment) {
                    row.add(l.department());
                }
                for (String metric : METRICS) {
                    Object a = value(metric, l.now());
                    Object b = value(metric, l.lastYear());
                    row.add(a);
                    row.add(b);
                    row.add(change(a, b));
                }
                rows.add(row);
            }
            names.add(l.name());
            revenue.add(l.now().revenue);
            revenueBefore.add(l.lastYear().revenue);
        }
        List<ReportFigure> totals = new ArrayList<>();
        for (String metric : METRICS) {
            ReportColumn.Kind kind = kind(metric);
            Object a = value(metric, total);
            Object b = value(metric, totalBefore);
            String label = label(metric);
            totals.add(new ReportFigure(metric, label, kind, a));
            totals.add(new ReportFigure(metric + "LastYear", label + ".last-year", kind, b));
            totals.add(new ReportFigure(metric + "Change", label + ".change", ReportColumn.Kind.PERCENT, change(a, b)));
        }
        List<ReportChart> charts = List.of(ReportChart.of("bar", "analytics.report.statistics.chart", names, List.of(
                new ReportChart.Series(labels.text("analytics.report.statistics.revenue"), "bar", revenue),
                new ReportChart.Series(labels.text("analytics.report.statistics.revenue.last-year"), "bar", revenueBefore))));
        return new ReportResult(columns(byDepartment), rows, lines.size(), totals, charts);
    }

    @Override
    public List<ReportColumn> columns(ReportFilter filter) {
        return columns("department".equals(filter.dimension()));
    }

    private static List<ReportColumn> columns(boolean byDepartment) {
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(ReportColumn.text("name", byDepartment ? "analytics.report.dimension.department" : "analytics.report.dimension.person"));
        if (!byDepartment) {
            columns.add(ReportColumn.text("department", "analytics.report.dimension.department"));
        }
        for (String metric : METRICS) {
            String label = label(metric);
            columns.add(new ReportColumn(metric, label, kind(metric)));
            columns.add(new ReportColumn(metric + "LastYear", label + ".last-year", kind(metric)));
            columns.add(ReportColumn.percent(metric + "Change", label + ".change"));
        }
        return columns;
    }

    /** The label's key; the satisfaction's names its two sources. */
    private static String label(String metric) {
        return "analytics.report.statistics." + (metric.equals("satisfaction") ? "satisfaction-sources" : metric);
    }

    private static ReportColumn.Kind kind(String metric) {
        return switch (metric) {
            case "revenue" -> ReportColumn.Kind.MONEY;
            case "satisfaction" -> ReportColumn.Kind.DECIMAL;
            default -> ReportColumn.Kind.INTEGER;
        };
    }

    private static Object value(String metric, Figures x) {
        return switch (metric) {
            case "newCustomers" -> x.newCustomers;
            case "orders" -> x.orders;
            case "revenue" -> x.revenue.setScale(2, RoundingMode.HALF_UP);
            case "tickets" -> x.tickets;
            default -> x.satisfaction();
        };
    }

    /** The change from last year in percent; null when last year had nothing to compare with. */
    static BigDecimal change(Object now, Object before) {
        if (now == null || before == null) {
            return null;
        }
        BigDecimal a = new BigDecimal(now.toString());
        BigDecimal b = new BigDecimal(before.toString());
        return Percent.of(a.subtract(b), b);
    }
}
