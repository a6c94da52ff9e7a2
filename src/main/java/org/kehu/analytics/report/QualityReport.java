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

import org.kehu.shared.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Product quality (质量评价), a service report: the customers' 1–5 evaluations of delivered products given in the
 * period, per product: how many, their mean and how many were poor (1 or 2). The data scope and the owner filters
 * apply to the evaluating customer's owner, as in the service analysis.
 */
@Component
class QualityReport implements Report {

    private final JdbcClient jdbc;
    private final ReportLabels labels;

    QualityReport(JdbcClient jdbc, ReportLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /** The figures of one product. */
    record Product(String code, String name, long evaluations, BigDecimal mean, long poor) {
    }

    @Override
    public String key() {
        return "quality";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.of(ReportFilterField.PERIOD, ReportFilterField.DEPARTMENT, ReportFilterField.OWNER);
    }

    List<Product> products(ReportFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Timestamp.from(f.from().atStartOfDay(BusinessTime.ZONE).toInstant()));
        params.put("end", Timestamp.from(f.end().atStartOfDay(BusinessTime.ZONE).toInstant()));
        String where = " where e.created_at >= :from and e.created_at < :end" + CustomerWhere.of(f, params);
        return jdbc.sql("""
                select p.code, p.name, count(*) as evaluations, avg(e.score) as mean,
                       count(*) filter (where e.score <= 2) as poor
                  from order_quality_evaluation e join customer c on c.id = e.customer_id
                  join product p on p.id = e.product_id""" + where + """
                 group by p.code, p.name order by evaluations desc, p.code""")
                .params(params)
                .query((rs, n) -> new Product(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getBigDecimal(4).setScale(2, RoundingMode.HALF_UP), rs.getLong(5)))
                .list();
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        List<Product> products = products(filter);
        long evaluations = products.stream().mapToLong(Product::evaluations).sum();
        long poor = products.stream().mapToLong(Product::poor).sum();
        BigDecimal points = products.stream().map(p -> p.mean().multiply(BigDecimal.valueOf(p.evaluations())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> means = new ArrayList<>();
        for (Product p : products) {
            if (rows.size() < limit) {
                rows.add(Arrays.asList(p.code() + " " + p.name(), p.evaluations(), p.mean(), p.poor(),
                        Percent.of(p.poor(), p.evaluations())));
            }
            names.add(p.name());
            means.add(p.mean());
        }
        List<ReportColumn> columns = List.of(ReportColumn.text("product", "analytics.report.quality.product"),
                ReportColumn.integer("evaluations", "analytics.report.quality.evaluations"),
                ReportColumn.decimal("mean", "analytics.report.quality.mean"),
                ReportColumn.integer("poor", "analytics.report.quality.poor"),
                ReportColumn.percent("poorRate", "analytics.report.quality.poor-rate"));
        List<ReportFigure> totals = List.of(
                new ReportFigure("evaluations", "analytics.report.quality.evaluations", ReportColumn.Kind.INTEGER, evaluations),
                new ReportFigure("mean", "analytics.report.quality.mean", ReportColumn.Kind.DECIMAL,
                        Percent.ratio(points, BigDecimal.valueOf(evaluations))),
                new ReportFigure("poorRate", "analytics.report.quality.poor-rate", ReportColumn.Kind.PERCENT,
                        Percent.of(poor, evaluations)));
        List<ReportChart> charts = List.of(ReportChart.of("bar", "analytics.report.quality.chart", names,
                List.of(new ReportChart.Series(labels.text("analytics.report.quality.mean"), "bar", means))));
        return new ReportResult(columns, rows, products.size(), totals, charts);
    }
}
