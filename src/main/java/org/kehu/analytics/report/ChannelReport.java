package org.kehu.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Channel analysis (渠道分析, SPEC module 4): the input and output of each marketing channel over the campaigns
 * started in the period: campaigns, cost, responses, opportunities won, attributed revenue and ROI
 * ((revenue − cost) / cost). It reads marketing's {@code campaign_result} view, the one definition of a campaign's
 * figures (the campaign's own report reads it too). The data scope and the owner filters apply to the campaign's
 * owner.
 */
@Component
class ChannelReport implements Report {

    /** The channels in the order marketing names them ({@code marketing.MarketingChannel}). */
    private static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "EVENT", "ADVERTISING", "OTHER");

    private final JdbcClient jdbc;
    private final ReportLabels labels;

    ChannelReport(JdbcClient jdbc, ReportLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /** The figures of one channel. */
    record Channel(String code, long campaigns, BigDecimal cost, long responses, long won, BigDecimal revenue) {

        /** (revenue − cost) / cost in percent with two decimals; null while nothing was spent. */
        BigDecimal roiPercent() {
            return roi(revenue, cost);
        }
    }

    static BigDecimal roi(BigDecimal revenue, BigDecimal cost) {
        return cost.signum() <= 0 ? null
                : revenue.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 2, RoundingMode.HALF_UP);
    }

    @Override
    public String key() {
        return "channels";
    }

    @Override
    public int order() {
        return 58;
    }

    @Override
    public Set<ReportFilterField> filters() {
        return EnumSet.of(ReportFilterField.PERIOD, ReportFilterField.DEPARTMENT, ReportFilterField.OWNER);
    }

    /** Every channel, those without campaigns in the period with zeros, in the channels' order. */
    List<Channel> channels(ReportFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", f.from());
        params.put("end", f.end());
        StringBuilder where = new StringBuilder(" where r.starts_on >= :from and r.starts_on < :end and r.status <> 'CANCELLED'");
        if (!f.scope().all()) {
            where.append(" and r.owner_id = any(:scope)");
            params.put("scope", f.scope().ownerIdArray());
        }
        if (f.owners() != null) {
            where.append(" and r.owner_id = any(:owners)");
            params.put("owners", f.owners().toArray(Long[]::new));
        }
        Map<String, Channel> found = new LinkedHashMap<>();
        jdbc.sql("select r.channel, count(*), sum(r.cost), sum(r.responses), sum(r.won_opportunities), sum(r.revenue)"
                        + " from campaign_result r" + where + " group by r.channel")
                .params(params)
                .query((rs, n) -> found.put(rs.getString(1), new Channel(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6))))
                .list();
        List<Channel> all = new ArrayList<>();
        for (String code : CHANNELS) {
            all.add(found.getOrDefault(code, new Channel(code, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO)));
        }
        return all;
    }

    @Override
    public ReportResult run(ReportFilter filter, int limit) {
        List<Channel> channels = channels(filter);
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> costs = new ArrayList<>();
        List<BigDecimal> revenues = new ArrayList<>();
        long campaigns = 0;
        long responses = 0;
        long won = 0;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        for (Channel c : channels) {
            String name = labels.text("campaign.channel." + c.code());
            if (rows.size() < limit) {
                rows.add(Arrays.asList(name, c.campaigns(), c.cost(), c.responses(), c.won(), c.revenue(), c.roiPercent()));
            }
            names.add(name);
            costs.add(c.cost());
            revenues.add(c.revenue());
            campaigns += c.campaigns();
            responses += c.responses();
            won += c.won();
            cost = cost.add(c.cost());
            revenue = revenue.add(c.revenue());
        }
        List<ReportColumn> columns = List.of(ReportColumn.text("channel", "analytics.report.channels.channel"),
                ReportColumn.integer("campaigns", "analytics.report.channels.campaigns"),
                ReportColumn.money("cost", "analytics.report.channels.cost"),
                ReportColumn.integer("responses", "analytics.report.channels.responses"),
                ReportColumn.integer("won", "analytics.report.channels.won"),
                ReportColumn.money("revenue", "analytics.report.channels.revenue"),
                ReportColumn.percent("roi", "analytics.report.channels.roi"));
        List<ReportFigure> totals = List.of(
                new ReportFigure("campaigns", "analytics.report.channels.campaigns", ReportColumn.Kind.INTEGER, campaigns),
                new ReportFigure("cost", "analytics.report.channels.cost", ReportColumn.Kind.MONEY, cost),
                new ReportFigure("responses", "analytics.report.channels.responses", ReportColumn.Kind.INTEGER, responses),
                new ReportFigure("won", "analytics.report.channels.won", ReportColumn.Kind.INTEGER, won),
                new ReportFigure("revenue", "analytics.report.channels.revenue", ReportColumn.Kind.MONEY, revenue),
                new ReportFigure("roi", "analytics.report.channels.roi", ReportColumn.Kind.PERCENT, roi(revenue, cost)));
        List<ReportChart> charts = List.of(ReportChart.of("bar", "analytics.report.channels.chart", names,
                List.of(new ReportChart.Series(labels.text("analytics.report.channels.cost"), "bar", costs),
                        new ReportChart.Series(labels.text("analytics.report.channels.revenue"), "bar", revenues))));
        return new ReportResult(columns, rows, channels.size(), totals, charts);
    }
}
