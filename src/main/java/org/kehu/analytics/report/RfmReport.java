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
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RFM: per customer in the reader's scope (on the customer's owner, as purchasing power), from
 * {@code analytics_purchase_day} in the period, the recency (days from the last purchase to the period's last day),
 * the frequency (purchase days) and the monetary value (net amount); each scored 1–5 by {@code ntile(5)} in SQL
 * over the customers shown (the more recent, frequent and spending, the higher; ties go by customer id so the
 * scores are repeatable), and named by {@link RfmSegment}. Dimensions: the segments with customers, revenue and
 * shares; the R × F grid; the customers with their scores, all or of one segment ({@code customers-CHAMPIONS}...).
 */
@Component
class RfmReport implements Report {

    static final String CUSTOMERS = "customers";
    static final String CUSTOMERS_OF = "customers-";

    static String sql(String conditions) {
        return """
                with per as (
                    select p.customer_id, max(p.day) as last_day, count(*) as frequency, sum(p.amount) as monetary
                      from analytics_purchase_day p join customer c on c.id = p.customer_id
                     where p.day >= :from and p.day < :end %s
                     group by p.customer_id),
                scored as (
                    select per.*, ntile(5) over (order by last_day, customer_id) as r,
                           ntile(5) over (order by frequency, customer_id) as f,
                           ntile(5) over (order by monetary, customer_id) as m
                      from per)
                select s.*, c.code, c.name from scored s join customer c on c.id = s.customer_id
                 order by s.monetary desc, s.customer_id
                """.formatted(conditions);
    }

    private final JdbcClient jdbc;
    private final ReportLabels labels;

    RfmReport(JdbcClient jdbc, ReportLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
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

    @Override
    public List<ReportColumn> columns(ReportFilter filter) {
        return switch (filter.dimension()) {
            case "segment" -> List.of(ReportColumn.text("segment", "analytics.report.rfm.col.segment"),
                    ReportColumn.integer("customers", "analytics.report.col.customers"),
                    ReportColumn.percent("customerShare", "analytics.report.rfm.col.customer-share"),
                    ReportColumn.money("revenue", "analytics.report.col.revenue"),
                    ReportColumn.percent("share", "analytics.report.rfm.col.revenue-share"));
            case "grid" -> List.of(ReportColumn.integer("r", "analytics.report.rfm.col.r"),
                    ReportColumn.integer("f", "analytics.report.rfm.col.f"),
                    ReportColumn.integer("customers", "analytics.report.col.customers"),
                    ReportColumn.money("revenue", "analytics.report.col.revenue"));
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

    /** A segment's row leads to its customers with their scores. */
    @Override
    public String drillDown(ReportFilter filter, int row) {
        return filter.dimension().equals("segment") && row < RfmSegment.values().length
                ? CUSTOMERS_OF + RfmSegment.values()[row].name() : null;
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String conditions = CustomerWhere.of(filter, params);
        params.put("from", filter.from());
        params.put("end", filter.end());
        List<Scored> all = jdbc.sql(sql(conditions)).params(params).query(RfmReport::scored).list();
        BigDecimal revenue = all.stream().map(Scored::monetary).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ReportFigure> totals = List.of(
                new ReportFigure("customers", "analytics.report.total.buying-customers", ReportColumn.Kind.INTEGER, (long) all.size()),
                new ReportFigure("revenue", "analytics.report.total.revenue", ReportColumn.Kind.MONEY, revenue));
        List<List<Object>> rows = new ArrayList<>();
        long rowCount;
        List<ReportChart> charts = List.of();
        if (filter.dimension().equals("segment")) {
            Map<RfmSegment, long[]> counts = new EnumMap<>(RfmSegment.class);
            Map<RfmSegment, BigDecimal> sums = new EnumMap<>(RfmSegment.class);
            for (Scored s : all) {
                counts.computeIfAbsent(s.segment(), k -> new long[1])[0]++;
                sums.merge(s.segment(), s.monetary, BigDecimal::add);
            }
            List<Long> chartValues = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (RfmSegment seg : RfmSegment.values()) {
                long n = counts.containsKey(seg) ? counts.get(seg)[0] : 0;
                BigDecimal sum = sums.getOrDefault(seg, BigDecimal.ZERO);
                String label = labels.text(seg.labelKey());
                rows.add(Arrays.asList(label, n, Percent.of(n, all.size()), sum, Percent.of(sum, revenue)));
                names.add(label);
                chartValues.add(n);
            }
            rowCount = rows.size();
            charts = List.of(ReportChart.of("bar", "analytics.report.rfm.chart", names,
                    List.of(new ReportChart.Series(labels.text("analytics.report.col.customers"), "bar", chartValues))));
        } else if (filter.dimension().equals("grid")) {
            long[][] counts = new long[6][6];
            BigDecimal[][] sums = new BigDecimal[6][6];
            for (Scored s : all) {
                counts[s.r][s.f]++;
                sums[s.r][s.f] = sums[s.r][s.f] == null ? s.monetary : sums[s.r][s.f].add(s.monetary);
            }
            for (int r = 5; r >= 1; r--) {
                for (int f = 5; f >= 1; f--) {
                    rows.add(Arrays.asList(r, f, counts[r][f], sums[r][f] == null ? BigDecimal.ZERO : sums[r][f]));
                }
            }
            rowCount = rows.size();
        } else {
            RfmSegment only = filter.dimension().startsWith(CUSTOMERS_OF)
                    ? RfmSegment.valueOf(filter.dimension().substring(CUSTOMERS_OF.length())) : null;
            List<Scored> shown = all.stream().filter(s -> only == null || s.segment() == only).toList();
            rowCount = shown.size();
            for (Scored s : shown.subList(0, Math.min(limit, shown.size()))) {
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

    private static Scored scored(ResultSet rs, int n) throws SQLException {
        return new Scored(rs.getString("code"), rs.getString("name"), rs.getObject("last_day", LocalDate.class),
                rs.getLong("frequency"), rs.getBigDecimal("monetary"), rs.getInt("r"), rs.getInt("f"), rs.getInt("m"));
    }
}
