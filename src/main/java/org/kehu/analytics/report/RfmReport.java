package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RFM: per customer in the reader's scope (on the customer's owner, as purchasing power), from
 * {@code analytics_purchase_day} in the period, the recency (days from the last purchase to the period's last day),
 * the frequency (purchase days) and the monetary value (net amount); each scored 1–5 by {@code ntile(5)} in SQL
 * over the customers shown (the more recent, frequent and spending, the higher; ties go by customer id so the
 * scores are repeatable), and named by {@link RfmSegment}. The segments and the grid are counted in SQL, grouped by
 * the three scores (at most 125 groups come back, however many customers there are); the customer lists are cut
 * to the page in SQL. Dimensions: the segments with customers, revenue and shares; the R × F grid (a row per R,
 * the count and revenue of each F beside it, every cell opening its customers); the customers with their scores,
 * all, of one segment ({@code customers-CHAMPIONS}...) or of one grid cell ({@code customers-r5f3}).
 */
@Component
class RfmReport implements Report {

    static final String CUSTOMERS = "customers";
    static final String CUSTOMERS_OF = "customers-";
    /** A grid cell's customers: {@code customers-r<R>f<F>}. */
    private static final Pattern CELL = Pattern.compile("customers-r([1-5])f([1-5])");

    /** The scored customers ({@code scored}: customer_id, last_day, frequency, monetary, r, f, m) as a CTE. */
    static String scored(String conditions) {
        // Without conditions on the customer (a reader who sees everyone, no filter) the purchase days alone suffice:
        // no join of each buying customer of the period to the customer table.
        String customer = conditions.isBlank() ? "" : " join customer c on c.id = p.customer_id";
        return """
                with per as (
                    select p.customer_id, max(p.day) as last_day, count(*) as frequency, sum(p.amount) as monetary
                      from analytics_purchase_day p%s
                     where p.day >= :from and p.day < :end %s
                     group by p.customer_id),
                scored as (
                    select per.*, ntile(5) over (order by last_day, customer_id) as r,
                           ntile(5) over (order by frequency, customer_id) as f,
                           ntile(5) over (order by monetary, customer_id) as m
                      from per)
                """.formatted(customer, conditions);
    }

    /** Customers and revenue per combination of the three scores. */
    static String groups(String conditions) {
        return scored(conditions) + """
                select r, f, m, count(*) as customers, sum(monetary) as revenue from scored group by r, f, m
                """;
    }

    /** The scored customers that pass {@code only}, most spending first, with how many pass in all. */
    static String customers(String conditions, String only) {
        return scored(conditions) + """
                select s.*, c.code, c.name, count(*) over () as shown from scored s join customer c on c.id = s.customer_id
                 where true %s
                 order by s.monetary desc, s.customer_id limit :limit
                """.formatted(only);
    }

    /** The SQL condition on {@code s.r, s.f, s.m} of a segment: the (R, FM) pairs that {@link RfmSegment#of} maps to it. */
    static String segmentCondition(RfmSegment segment) {
        StringJoiner pairs = new StringJoiner(", ", " and (s.r, (s.f + s.m + 1) / 2) in (", ")");
        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                if (RfmSegment.of(r, fm) == segment) {
                    pairs.add("(" + r + ", " + fm + ")");
                }
            }
        }
        return pairs.toString();
    }

    private final JdbcClient jdbc;
    private final ReportLabels labels;
    private final RememberedRfmGroups remembered;

    RfmReport(JdbcClient jdbc, ReportLabels labels, RememberedRfmGroups remembered) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.remembered = remembered;
    }

    @Override
    public String key() {
        return "rfm";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.of(ReportFilterField.PERIOD, ReportFilterField.DEPARTMENT, ReportFilterField.OWNER,
                ReportFilterField.REGION, ReportFilterField.GRADE);
    }

    @Override
    public List<ReportDimension> dimensions() {
        List<ReportDimension> d = new ArrayList<>(List.of(new ReportDimension("segment", "analytics.report.rfm.dim.segment"),
                new ReportDimension("grid", "analytics.report.rfm.dim.grid"),
                new ReportDimension(CUSTOMERS, "analytics.report.rfm.dim.customers")));
        Stream.of(RfmSegment.values()).forEach(s -> d.add(new ReportDimension(CUSTOMERS_OF + s.name(), s.labelKey())));
        return d;
    }

    /** The 25 grid cells' customer lists, reached from the grid and not listed among the dimensions. */
    @Override
    public Optional<String> unlistedDimension(String code) {
        Matcher cell = CELL.matcher(code);
        return cell.matches() ? Optional.of(labels.text("analytics.report.rfm.dim.cell", cell.group(1), cell.group(2)))
                : Optional.empty();
    }

    @Override
    public List<ReportColumn> columns(ReportFilter filter) {
        return switch (filter.dimension()) {
            case "segment" -> List.of(ReportColumn.text("segment", "analytics.report.rfm.col.segment"),
                    ReportColumn.integer("customers", "analytics.report.col.customers"),
                    ReportColumn.percent("customerShare", "analytics.report.rfm.col.customer-share"),
                    ReportColumn.money("revenue", "analytics.report.col.revenue"),
                    ReportColumn.percent("share", "analytics.report.rfm.col.revenue-share"));
            case "grid" -> gridColumns();
            default -> List.of(ReportColumn.text("code", "analytics.report.col.customer-code"),
                    ReportColumn.text("customer", "analytics.report.col.customer"),
                    ReportColumn.integer("recency", "analytics.report.rfm.col.recency"),
                    ReportColumn.integer("frequency", "analytics.report.rfm.col.frequency"),
                    ReportColumn.money("monetary", "analytics.report.rfm.col.monetary"),
                    ReportColumn.integer("r", "analytics.report.rfm.col.r"),
                    ReportColumn.integer("f", "analytics.report.rfm.col.f"),
                    ReportColumn.integer("m", "analytics.report.rfm.col.m"),
                    ReportColumn.text("segment", "analytics.report.rfm.col.segment"));
        };
    }

    /** R, then for F = 1…5 the cell's customers ({@code f1Customers}) and revenue ({@code f1Revenue}). */
    private static List<ReportColumn> gridColumns() {
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(ReportColumn.integer("r", "analytics.report.rfm.col.r"));
        for (int f = 1; f <= 5; f++) {
            columns.add(new ReportColumn("f" + f + "Customers", "analytics.report.rfm.col.cell-customers." + f,
                    ReportColumn.Kind.INTEGER));
            columns.add(new ReportColumn("f" + f + "Revenue", "analytics.report.rfm.col.cell-revenue." + f,
                    ReportColumn.Kind.MONEY));
        }
        return columns;
    }

    /** A segment's row leads to its customers with their scores. */
    @Override
    public String drillDown(ReportFilter filter, int row) {
        return filter.dimension().equals("segment") && row < RfmSegment.values().length
                ? CUSTOMERS_OF + RfmSegment.values()[row].name() : null;
    }

    /** In the grid (rows R = 5…1), each cell's count leads to the customers of that R and F. */
    @Override
    public String drillDown(ReportFilter filter, int row, int column) {
        if (filter.dimension().equals("grid")) {
            return row < 5 && column >= 1 && column <= 10 && column % 2 == 1
                    ? "customers-r" + (5 - row) + "f" + ((column + 1) / 2) : null;
        }
        return Report.super.drillDown(filter, row, column);
    }

    /** The customers and revenue of one combination of scores. */
    private record Group(int r, int f, int m, long customers, BigDecimal revenue) {

        RfmSegment segment() {
            return RfmSegment.of(r, RfmSegment.fm(f, m));
        }
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String conditions = CustomerWhere.of(filter, params);
        params.put("from", filter.from());
        params.put("end", filter.end());
        Supplier<List<Group>> compute = () -> jdbc.sql(groups(conditions)).params(params).query((rs, n) -> new Group(
                rs.getInt("r"), rs.getInt("f"), rs.getInt("m"), rs.getLong("customers"), rs.getBigDecimal("revenue"))).list();
        // Without conditions the groups depend on the purchase days alone (see scored): those are remembered.
        List<Group> groups = conditions.isBlank() ? remembered.groups(filter.from(), filter.end(), compute) : compute.get();
        long customers = groups.stream().mapToLong(Group::customers).sum();
        BigDecimal revenue = groups.stream().map(Group::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ReportFigure> totals = List.of(
                new ReportFigure("customers", "analytics.report.total.buying-customers", ReportColumn.Kind.INTEGER, customers),
                new ReportFigure("revenue", "analytics.report.total.revenue", ReportColumn.Kind.MONEY, revenue));
        List<List<Object>> rows = new ArrayList<>();
        long rowCount;
        List<ReportChart> charts = List.of();
        if (filter.dimension().equals("segment")) {
            Map<RfmSegment, Long> counts = new EnumMap<>(RfmSegment.class);
            Map<RfmSegment, BigDecimal> sums = new EnumMap<>(RfmSegment.class);
            for (Group g : groups) {
                counts.merge(g.segment(), g.customers(), Long::sum);
                sums.merge(g.segment(), g.revenue(), BigDecimal::add);
            }
            List<Long> chartValues = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (RfmSegment seg : RfmSegment.values()) {
                long n = counts.getOrDefault(seg, 0L);
                BigDecimal sum = sums.getOrDefault(seg, BigDecimal.ZERO);
                String label = labels.text(seg.labelKey());
                rows.add(Arrays.asList(label, n, Percent.of(n, customers), sum, Percent.of(sum, revenue)));
                names.add(label);
                chartValues.add(n);
            }
            rowCount = rows.size();
            charts = List.of(ReportChart.of("bar", "analytics.report.rfm.chart", names,
                    List.of(new ReportChart.Series(labels.text("analytics.report.col.customers"), "bar", chartValues))));
        } else if (filter.dimension().equals("grid")) {
            long[][] counts = new long[6][6];
            BigDecimal[][] sums = new BigDecimal[6][6];
            for (Group g : groups) {
                counts[g.r()][g.f()] += g.customers();
                sums[g.r()][g.f()] = sums[g.r()][g.f()] == null ? g.revenue() : sums[g.r()][g.f()].add(g.revenue());
            }
            for (int r = 5; r >= 1; r--) {
                List<Object> row = new ArrayList<>();
                row.add(r);
                for (int f = 1; f <= 5; f++) {
                    row.add(counts[r][f]);
                    row.add(sums[r][f] == null ? BigDecimal.ZERO : sums[r][f]);
                }
                rows.add(row);
            }
            rowCount = rows.size();
        } else {
            String only = "";
            Matcher cell = CELL.matcher(filter.dimension());
            if (cell.matches()) {
                only = " and s.r = " + Integer.parseInt(cell.group(1)) + " and s.f = " + Integer.parseInt(cell.group(2));
            } else if (filter.dimension().startsWith(CUSTOMERS_OF)) {
                only = segmentCondition(RfmSegment.valueOf(filter.dimension().substring(CUSTOMERS_OF.length())));
            }
            params.put("limit", Math.max(limit, 1));
            long[] shown = {0};
            List<Scored> list = jdbc.sql(customers(conditions, only)).params(params).query((rs, n) -> {
                shown[0] = rs.getLong("shown");
                return scored(rs);
            }).list();
            rowCount = shown[0];
            for (Scored s : list.subList(0, Math.min(limit, list.size()))) {
                rows.add(Arrays.asList(s.code, s.name, ChronoUnit.DAYS.between(s.lastDay, filter.to()), s.frequency,
                        s.monetary, s.r, s.f, s.m, labels.text(s.segment().labelKey())));
            }
        }
        return new ReportResult(columns(filter), rows, rowCount, totals, charts);
    }

    private record Scored(String code, String name, LocalDate lastDay, long frequency, BigDecimal monetary, int r,
            int f, int m) {

        RfmSegment segment() {
            return RfmSegment.of(r, RfmSegment.fm(f, m));
        }
    }

    private static Scored scored(ResultSet rs) throws SQLException {
        return new Scored(rs.getString("code"), rs.getString("name"), rs.getObject("last_day", LocalDate.class),
                rs.getLong("frequency"), rs.getBigDecimal("monetary"), rs.getInt("r"), rs.getInt("f"), rs.getInt("m"));
    }
}
