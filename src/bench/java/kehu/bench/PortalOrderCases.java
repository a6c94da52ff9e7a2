package kehu.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.kehu.order.CustomerOrders;
import org.kehu.order.OrderRow;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;

/**
 * {@code bench/run portal-orders}: the portal's order list of a customer with many orders ({@code buyer}'s company,
 * given {@code --heavy N} orders, default 10,000, among the other customers' orders), signed in on the portal as
 * {@code buyer}: {@code /portal/orders} for all, open and completed orders, the first page and a deep keyset page
 * (the 50th, or the last there is), over HTTP; the same page through {@link CustomerOrders#page} called in the
 * application; and the page's SQL over JDBC.
 */
final class PortalOrderCases extends Cases {

    /** The statement {@link CustomerOrders#page} runs, with the keyset condition when a cursor is given. */
    private static final String SQL = """
            select o.id, o.number, o.customer_id, o.order_date, o.status, o.total, o.promised_date, o.owner_id
              from sales_order o where o.customer_id = ?%s%s order by o.order_date desc, o.id desc limit 21""";
    private static final String OPEN = " and o.status in ('PENDING', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED')";
    private static final String COMPLETED = " and o.status = 'COMPLETED'";
    private static final String AFTER = " and (o.order_date, o.id) < (?, ?)";
    private static final int PAGE = 20;
    private static final int DEEP = 50;

    private final CustomerOrders orders;
    private final long customerId;
    private HttpClient session;

    PortalOrderCases(DataSource dataSource, ServerClock serverClock, int port, int requests, boolean explain,
            CustomerOrders orders, long customerId) {
        super(dataSource, serverClock, port, requests, explain);
        this.orders = orders;
        this.customerId = customerId;
    }

    /** The buyer's company: the customer whose contact the portal login {@code buyer} is. */
    static long buyersCustomer(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select a.customer_id, cu.owner_id from portal_account a join customer cu on cu.id = a.customer_id where a.login = 'buyer'");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no portal login 'buyer' in the demo data");
            }
            return rs.getLong(1);
        }
    }

    /** A few hundred calls warm the page's path; the page is measured many times (six cases). */
    @Override
    int warmUp() {
        return 300;
    }

    void runAll() throws Exception {
        session = signIn("buyer", "/portal/login");
        List<String> results = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select count(*), count(*) filter (where status = 'COMPLETED'),
                           count(*) filter (where status in ('PENDING', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED')),
                           (select count(*) from sales_order) from sales_order where customer_id = ?""")) {
                ps.setLong(1, customerId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    System.out.printf("bench: portal buyer's customer %d has %,d orders (%,d completed, %,d open) of %,d in all%n",
                            customerId, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
            // The first case would otherwise carry the JIT's compilation of the page (Thymeleaf, the portal's filters).
            for (int i = 0; i < warmUp() * 3; i++) {
                get("/portal/orders?show=" + CustomerOrders.Which.values()[i % 3].name());
            }
            for (CustomerOrders.Which which : CustomerOrders.Which.values()) {
                String name = which.name().toLowerCase();
                results.addAll(measure("portal_orders_" + name + "_first", c, which, null));
                Deep deep = deep(which);
                results.addAll(measure("portal_orders_" + name + "_page" + deep.page(), c, which, deep.after()));
            }
        }
        report(results);
    }

    private List<String> measure(String name, Connection c, CustomerOrders.Which which, String after) throws Exception {
        String url = "/portal/orders?show=" + which.name()
                + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        Timings http = measureHttp(name, i -> url);
        Timings direct = new Timings();
        for (int i = 0; i < warmUp() + requests; i++) {
            long start = System.nanoTime();
            orders.page(customerId, which, after, PAGE);
            if (i >= warmUp()) {
                direct.add(System.nanoTime() - start);
            }
        }
        String status = switch (which) {
            case ALL -> "";
            case OPEN -> OPEN;
            case COMPLETED -> COMPLETED;
        };
        Cursor.Position<java.time.LocalDate> from = after == null ? null : Cursor.parse(after, "after", java.time.LocalDate.class);
        Timings raw = measureSql(c, SQL.formatted(status, from == null ? "" : AFTER), i -> ps -> {
            ps.setLong(1, customerId);
            if (from != null) {
                ps.setDate(2, Date.valueOf(from.value()));
                ps.setLong(3, from.id());
            }
        });
        List<String> lines = List.of(result(name, http, raw), "RESULT case=%s_direct p50_ms=%.2f p95_ms=%.2f   (CustomerOrders.page in the application)"
                .formatted(name, direct.percentile(50), direct.percentile(95)));
        lines.forEach(line -> System.out.println("bench: " + line));
        return lines;
    }

    private record Deep(int page, String after) {
    }

    /** The cursor of the 50th page, or of the last page when there are fewer. */
    private Deep deep(CustomerOrders.Which which) {
        String after = null;
        int page = 1;
        while (page < DEEP) {
            KeysetPage<OrderRow> p = orders.page(customerId, which, after, PAGE);
            if (!p.hasNext()) {
                break;
            }
            after = p.next();
            page++;
        }
        return new Deep(page, after);
    }

    /** The portal page as a phone's browser asks for it, with the portal session's cookie. */
    @Override
    HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html").GET().build();
        return session.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
