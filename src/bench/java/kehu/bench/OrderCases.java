package kehu.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.kehu.order.internal.OrderListQuery;

import tools.jackson.databind.JsonNode;

/**
 * The order cases: a customer's orders, the order list filtered by status and month (first page and the 50th
 * page by keyset), each over HTTP ({@code /api/v1/orders}) and as the same SQL over JDBC.
 */
final class OrderCases extends Cases {

    static final String STATUS = "COMPLETED";
    private static final String ORDER = " order by o.order_date desc, o.id desc limit 21";

    private final YearMonth month = YearMonth.now(org.kehu.shared.BusinessTime.ZONE).minusMonths(6);

    OrderCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain) {
        super(dataSource, serverClock, port, requests, explain);
    }

    /** The order cases, then {@code funnel}'s, then one report of all. */
    void runAll(FunnelCases funnel, DashboardCases dashboards) throws Exception {
        token = createToken();
        List<String> results = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            results.add(customerOrders(c));
            results.add(statusMonthFirst(c));
            results.add(statusMonthPage50(c));
        }
        results.addAll(funnel.run());
        results.addAll(dashboards.run());
        report(results);
    }

    /** Random customers' order cards: the newest 20 orders of a customer. */
    private String customerOrders(Connection c) throws Exception {
        long min;
        long max;
        try (PreparedStatement ps = c.prepareStatement("select min(customer_id), max(customer_id) from sales_order");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        long[] ids = new Random(7).longs(WARM_UP + requests, min, max + 1).toArray();
        // Both sides read the same customers: read them once first, so that neither pays for the first reads
        // from disk that the other then gets from the cache.
        measureSql(c, OrderListQuery.SELECT + " where true and o.customer_id = ?" + ORDER, i -> ps -> ps.setLong(1, ids[i]));
        Timings httpTimes = measureHttp("customer_orders", i -> "/api/v1/orders?size=20&customer=" + ids[i]);
        Timings raw = measureSql(c, OrderListQuery.SELECT + " where true and o.customer_id = ?" + ORDER,
                i -> ps -> ps.setLong(1, ids[i]));
        return result("customer_orders", httpTimes, raw);
    }

    private String statusMonthFirst(Connection c) throws Exception {
        String url = "/api/v1/orders?size=20&status=" + STATUS + "&month=" + month;
        Timings httpTimes = measureHttp("orders_status_month", i -> url);
        Timings raw = measureSql(c, OrderListQuery.SELECT
                + " where true and o.status = ? and o.order_date >= ? and o.order_date < ?" + ORDER, i -> ps -> {
                    ps.setString(1, STATUS);
                    ps.setDate(2, Date.valueOf(month.atDay(1)));
                    ps.setDate(3, Date.valueOf(month.plusMonths(1).atDay(1)));
                });
        return result("orders_status_month", httpTimes, raw);
    }

    /** The 50th page of 20 of the same filter, reached by following {@code next}. */
    private String statusMonthPage50(Connection c) throws Exception {
        String first = "/api/v1/orders?size=20&status=" + STATUS + "&month=" + month;
        String url = first;
        HttpResponse<String> probe = get(first);
        Timings httpTimes;
        if (probe.statusCode() == 200) {
            for (int page = 1; page < 50; page++) {
                JsonNode next = json.readTree(get(url).body()).get("next");
                if (next == null || next.isNull()) {
                    System.out.println("bench: the filtered order list has fewer than 50 pages; measuring its last page");
                    break;
                }
                url = first + "&after=" + URLEncoder.encode(next.asString(), StandardCharsets.UTF_8);
            }
            String measured = url;
            httpTimes = measureHttp("orders_status_month_page50", i -> measured);
        } else {
            httpTimes = Timings.unavailable("orders_status_month_page50", probe.statusCode());
        }
        LocalDate afterDate;
        long afterId;
        try (PreparedStatement ps = c.prepareStatement("""
                select order_date, id from (select order_date, id from sales_order
                 where status = ? and order_date >= ? and order_date < ? order by order_date desc, id desc limit 980) x
                 order by order_date, id limit 1""")) {
            ps.setString(1, STATUS);
            ps.setDate(2, Date.valueOf(month.atDay(1)));
            ps.setDate(3, Date.valueOf(month.plusMonths(1).atDay(1)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                afterDate = rs.getDate(1).toLocalDate();
                afterId = rs.getLong(2);
            }
        }
        Timings raw = measureSql(c, OrderListQuery.SELECT + """
                 where true and o.status = ? and o.order_date >= ? and o.order_date < ?
                   and (o.order_date, o.id) < (?, ?)""" + ORDER, i -> ps -> {
            ps.setString(1, STATUS);
            ps.setDate(2, Date.valueOf(month.atDay(1)));
            ps.setDate(3, Date.valueOf(month.plusMonths(1).atDay(1)));
            ps.setDate(4, Date.valueOf(afterDate));
            ps.setLong(5, afterId);
        });
        return result("orders_status_month_page50", httpTimes, raw);
    }
}
