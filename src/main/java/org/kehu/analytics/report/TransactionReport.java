package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kehu.dictionary.DictionaryType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction analysis (交易信息分析): net sales in the period by customer nature, province or product category,
 * month by month: one row per value with a column per month, the total and the share. The province view draws
 * China's map; the others a stacked bar per month and a pie of the totals.
 */
@Component
class TransactionReport implements Report {

    /**
     * A dimension: the SQL expression of its code (a column of the customer, {@code c.} or {@code s.} in front as
     * the path reads it, when {@code customer}), whether it is the customer's.
     */
    private record Dimension(String code, String expression, boolean customer) {
    }

    private static final Map<String, Dimension> DIMENSIONS = new LinkedHashMap<>();

    static {
        for (Dimension d : List.of(new Dimension("nature", "nature_code", true),
                new Dimension("region", "province_code", true),
                new Dimension("category", "s.category_id::text", false))) {
            DIMENSIONS.put(d.code(), d);
        }
    }

    private final JdbcClient jdbc;
    private final ReportLabels labels;

    TransactionReport(JdbcClient jdbc, ReportLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    @Override
    public String key() {
        return "transactions";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.allOf(ReportFilterField.class);
    }

    @Override
    public List<ReportDimension> dimensions() {
        return DIMENSIONS.keySet().stream()
                .map(code -> new ReportDimension(code, "analytics.report.dimension." + code)).toList();
    }

    /** Net sales per value of the dimension and month. */
    static String sql(String expression, boolean joinCustomer, String where) {
        return "select " + expression + " as code, date_trunc('month', s.day)::date as month, sum(s.amount) as amount"
                + " from analytics_sales_day s" + (joinCustomer ? " join customer c on c.id = s.customer_id" : "")
                + where + " group by 1, 2";
    }

    /**
     * By the customer's province or nature: the whole months from the rollup per province and nature, the edges from
     * the days under the attribute snapshot (same figures as the day rows joined to the customer, without that join).
     */
    static String attributesSql(String column, ReportFilter filter, Map<String, Object> params) {
        return "select s." + column + " as code, s.month, sum(s.amount) as amount from "
                + org.kehu.analytics.MonthlySalesByCustomerAttributes.between(filter.from(), filter.end(), params)
                + " s where true" + SalesWhere.attributeConditions(filter, params) + " group by 1, 2";
    }

    /** Without the customer: the whole months from the monthly rollup, the edges from the days (same figures). */
    static String monthlySql(String expression, ReportFilter filter, Map<String, Object> params) {
        return "select " + expression + " as code, s.month, sum(s.amount) as amount from "
                + org.kehu.analytics.MonthlySales.between(filter.from(), filter.end(), params) + " s where true"
                + SalesWhere.conditions(filter, params) + " group by 1, 2";
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        Dimension d = DIMENSIONS.get(filter.dimension());
        Map<String, Object> params = new LinkedHashMap<>();
        String query;
        if (filter.grade() != null) {
            // The grade is not in the rollups: the day rows joined to the customer (slower; the grade filter is rare).
            query = sql(d.customer() ? "c." + d.expression() : d.expression(), true, SalesWhere.of(filter, params));
        } else if (d.customer() || filter.region() != null) {
            query = attributesSql(d.customer() ? d.expression() : "category_id::text", filter, params);
        } else {
            query = monthlySql(d.expression(), filter, params);
        }
        List<YearMonth> months = months(filter.from(), filter.to());
        Map<String, BigDecimal[]> byCode = new LinkedHashMap<>();
        jdbc.sql(query).params(params)
                .query(rs -> {
                    BigDecimal[] cells = byCode.computeIfAbsent(rs.getString("code"), c -> zeros(months.size()));
                    int m = months.indexOf(YearMonth.from(rs.getObject("month", LocalDate.class)));
                    cells[m] = cells[m].add(rs.getBigDecimal("amount"));
                });
        Function<String, String> label = label(d);
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (var e : byCode.entrySet()) {
            BigDecimal sum = Arrays.stream(e.getValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.put(e.getKey(), sum);
            total = total.add(sum);
        }
        List<String> codes = new ArrayList<>(byCode.keySet());
        codes.sort(Comparator.comparing((String c) -> totals.get(c)).reversed()
                .thenComparing(Comparator.nullsLast(Comparator.<String>naturalOrder())));
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(ReportColumn.text("value", "analytics.report.dimension." + d.code()));
        months.forEach(m -> columns.add(ReportColumn.money(m.toString(), m.toString())));
        columns.add(ReportColumn.money("total", "analytics.report.col.total"));
        columns.add(ReportColumn.percent("share", "analytics.report.col.share"));
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            names.add(label.apply(code));
            if (rows.size() < limit) {
                List<Object> row = new ArrayList<>();
                row.add(label.apply(code));
                row.addAll(Arrays.asList(byCode.get(code)));
                row.add(totals.get(code));
                row.add(Percent.of(totals.get(code), total));
                rows.add(row);
            }
        }
        BigDecimal[] perMonth = zeros(months.size());
        byCode.values().forEach(cells -> {
            for (int i = 0; i < cells.length; i++) {
                perMonth[i] = perMonth[i].add(cells[i]);
            }
        });
        List<ReportFigure> figures = List.of(
                new ReportFigure("revenue", "analytics.report.total.revenue", ReportColumn.Kind.MONEY, total),
                new ReportFigure("values", "analytics.report.total.values", ReportColumn.Kind.INTEGER, (long) codes.size()),
                new ReportFigure("monthlyAverage", "analytics.report.total.monthly-average", ReportColumn.Kind.MONEY,
                        Percent.ratio(total, BigDecimal.valueOf(months.size()))));
        return new ReportResult(columns, rows, codes.size(), figures, charts(d, codes, names, byCode, totals, months, perMonth));
    }

    private List<ReportChart> charts(Dimension d, List<String> codes, List<String> names, Map<String, BigDecimal[]> byCode,
            Map<String, BigDecimal> totals, List<YearMonth> months, BigDecimal[] perMonth) {
        List<String> monthNames = months.stream().map(YearMonth::toString).toList();
        List<BigDecimal> totalValues = codes.stream().map(totals::get).toList();
        String revenue = labels.text("analytics.report.col.revenue");
        if ("region".equals(d.code())) {
            List<String> mapCodes = codes.stream().map(c -> c == null ? "" : c).toList();
            return List.of(new ReportChart("map", "analytics.report.transactions.map", mapCodes, names,
                            List.of(new ReportChart.Series(revenue, "map", totalValues))),
                    ReportChart.of("line", "analytics.report.transactions.trend", monthNames,
                            List.of(new ReportChart.Series(revenue, "line", Arrays.asList(perMonth)))));
        }
        List<ReportChart.Series> stacked = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            stacked.add(new ReportChart.Series(names.get(i), "bar", Arrays.asList(byCode.get(codes.get(i)))));
        }
        return List.of(ReportChart.of("stacked", "analytics.report.transactions.trend", monthNames, stacked),
                ReportChart.of("pie", "analytics.report.transactions.share", names,
                        List.of(new ReportChart.Series(revenue, "bar", totalValues))));
    }

    private Function<String, String> label(Dimension d) {
        return switch (d.code()) {
            case "nature" -> c -> labels.dictionary(DictionaryType.CUSTOMER_NATURE, c);
            case "region" -> labels::region;
            default -> {
                Function<Long, String> category = labels.category(labels.categories());
                yield c -> category.apply(c == null ? null : Long.valueOf(c));
            }
        };
    }

    static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }
}
