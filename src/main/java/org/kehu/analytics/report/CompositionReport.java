package org.kehu.analytics.report;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Customer composition (客户构成分析): today's customers counted by grade, nature, group, province, industry or
 * status, with each value's share. The data scope and the owner filters apply to the customer's owner, as on the
 * customer list; there is no period (it is the customer base as it stands).
 */
@Component
class CompositionReport implements Report {

    /** A dimension: its column of {@code customer} and how its codes read. */
    private record Dimension(String code, String column, Function<String, String> label) {
    }

    private final JdbcClient jdbc;
    private final ReportLabels labels;
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

    CompositionReport(JdbcClient jdbc, ReportLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
        add(new Dimension("grade", "grade_code", c -> labels.dictionary(DictionaryType.CUSTOMER_GRADE, c)));
        add(new Dimension("nature", "nature_code", c -> labels.dictionary(DictionaryType.CUSTOMER_NATURE, c)));
        add(new Dimension("group", "group_code", c -> labels.dictionary(DictionaryType.CUSTOMER_GROUP, c)));
        add(new Dimension("region", "province_code", labels::region));
        add(new Dimension("industry", "industry_code", c -> labels.dictionary(DictionaryType.INDUSTRY, c)));
        add(new Dimension("status", "status", labels::status));
    }

    private void add(Dimension d) {
        dimensions.put(d.code(), d);
    }

    @Override
    public String key() {
        return "composition";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.of(ReportFilterField.DEPARTMENT, ReportFilterField.OWNER, ReportFilterField.REGION,
                ReportFilterField.GRADE);
    }

    @Override
    public List<ReportDimension> dimensions() {
        return dimensions.keySet().stream()
                .map(code -> new ReportDimension(code, "analytics.report.dimension." + code)).toList();
    }

    /** Customers per value of the dimension's column, most first. */
    static String sql(String column, String where) {
        return "select c." + column + " as code, count(*) as customers from customer c" + where
                + " group by c." + column + " order by customers desc, code";
    }

    static String where(ReportFilter f, Map<String, Object> params) {
        return " where true" + CustomerWhere.of(f, params);
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        Dimension d = dimensions.get(filter.dimension());
        Map<String, Object> params = new LinkedHashMap<>();
        List<Object[]> counts = jdbc.sql(sql(d.column(), where(filter, params))).params(params)
                .query((rs, n) -> new Object[] {rs.getString("code"), rs.getLong("customers")}).list();
        long total = counts.stream().mapToLong(c -> (Long) c[1]).sum();
        List<List<Object>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Object[] c : counts) {
            String label = d.label().apply((String) c[0]);
            long customers = (Long) c[1];
            if (rows.size() < limit) {
                rows.add(Arrays.asList(label, customers, Percent.of(customers, total)));
            }
            codes.add(c[0] == null ? "" : (String) c[0]);
            names.add(label);
            values.add(customers);
        }
        List<ReportColumn> columns = List.of(ReportColumn.text("value", "analytics.report.dimension." + d.code()),
                ReportColumn.integer("customers", "analytics.report.col.customers"),
                ReportColumn.percent("share", "analytics.report.col.share"));
        List<ReportFigure> totals = List.of(
                new ReportFigure("customers", "analytics.report.total.customers", ReportColumn.Kind.INTEGER, total));
        String customersLabel = labels.text("analytics.report.col.customers");
        List<ReportChart> charts = new ArrayList<>();
        if ("region".equals(d.code())) {
            charts.add(new ReportChart("map", "analytics.report.composition.chart", codes, names,
                    List.of(new ReportChart.Series(customersLabel, "map", values))));
        }
        charts.add(ReportChart.of(counts.size() <= 8 ? "pie" : "bar", "analytics.report.composition.chart", names,
                List.of(new ReportChart.Series(customersLabel, "bar", values))));
        return new ReportResult(columns, rows, counts.size(), totals, charts);
    }
}
