package kehu.bench;

import java.util.Arrays;
import java.util.List;

import org.kehu.KehuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/run customers [--customers N] [--requests R] [--explain]}: starts the application on a fresh
 * embedded database under {@code target/bench-db}, loads N generated customers with 3 contacts each
 * by {@code COPY}, and measures the customer list, a filtered deep page, a name search and the
 * customer page over HTTP and as raw SQL. {@code bench/run orders [--customers N] [--lines M]} loads the
 * customers and then orders with M lines in all and K opportunities ({@code --opportunities}, default 1,000,000), and
 * measures a customer's orders, the order list by status and month (first and 50th page) the sales funnel and the
 * home page's dashboards of four roles.
 * {@code bench/run reports [--customers N] [--lines M] [--requests R] [--no-clv]} loads the same customers and orders,
 * rebuilds the sales read model from them and measures every report of {@code /api/v1/reports} over twelve months,
 * every role's home page, and the lifetime value fit and scoring of all customers.
 * {@code bench/run order-import [--file PATH]} imports the UCI Online Retail file as order history and times it.
 * {@code bench/run segments [--customers N]} loads the customers, purchase days and RFM segments and measures a segment's
 * count and preview ({@link SegmentCases}).
 * {@code bench/run knowledge [--articles N]} loads N generated articles (default 100,000) and measures the knowledge search.
 * {@code bench/run portal-orders [--customers N] [--lines M] [--heavy H]} loads the customers and orders and H more orders
 * (default 10,000) of the portal login {@code buyer}'s company, and measures that company's order list on the portal.
 * {@code bench/run mailing [--customers N]} loads N customers (default 34,000, so 102,000 contacts) and times a marketing
 * mailing to all their contacts: the gate's set decision and the queuing of the mails ({@link MailingCases}).
 * {@code --reuse DIR} with the customers, orders and reports cases keeps the database in DIR; a later run with the same
 * option starts on it and loads nothing: the figures are then those of the first run's data.
 * {@code bench/run clv [--customers N]} loads N customers (default 100,000) who buy repeatedly ({@link RepeatBuyers}),
 * rebuilds the sales read model and measures the lifetime value fit and the scoring of every customer.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        if (!list.isEmpty() && "chat".equals(list.get(0))) {
            // Two nodes of its own on one database, no generated customers: see ChatCases.
            new ChatCases(intOption(list, "--connections", 500), intOption(list, "--requests", 200)).run();
            System.exit(0);
        }
        if (list.isEmpty() || !List.of("customers", "orders", "imports", "reports", "order-import", "knowledge", "portal-orders", "clv", "chat", "mailing", "segments")
                .contains(list.get(0))) {
            System.err.println("Usage: bench/run customers|orders|imports|reports|order-import|knowledge|portal-orders|clv|chat|mailing|segments [--articles N] [--heavy H] [--customers N] [--lines M] [--opportunities K] [--requests R] [--rows N] [--explain]");
            System.exit(2);
        }
        boolean reports = "reports".equals(list.get(0));
        boolean orders = "orders".equals(list.get(0)) || reports;
        boolean imports = "imports".equals(list.get(0));
        boolean orderImport = "order-import".equals(list.get(0));
        boolean knowledge = "knowledge".equals(list.get(0));
        boolean portalOrders = "portal-orders".equals(list.get(0));
        boolean clvOnly = "clv".equals(list.get(0));
        boolean mailing = "mailing".equals(list.get(0));
        int customers = intOption(list, "--customers", imports || orderImport || knowledge ? 0 : clvOnly ? 100_000
                : mailing ? 34_000 : 1_000_000);
        long lines = intOption(list, "--lines", 10_000_000);
        int requests = intOption(list, "--requests", reports ? 50 : 200);
        int opportunities = intOption(list, "--opportunities", 1_000_000);

        long started = System.nanoTime();
        SpringApplication app = new SpringApplication(KehuApplication.class);
        ServerClock serverClock = new ServerClock();
        app.addInitializers(ctx -> ((org.springframework.context.support.GenericApplicationContext) ctx).registerBean(
                "benchServerClock", org.springframework.boot.web.servlet.FilterRegistrationBean.class, () -> {
                    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(serverClock);
                    registration.setOrder(Integer.MIN_VALUE);
                    return registration;
                }));
        // Command-line arguments, because they win over application.properties (./data, port 8080).
        // --reuse DIR: the database is kept in DIR (a clean one is deleted when the application stops). If DIR already
        // holds one, left by an earlier run with --reuse, it is started as it is (migrations added since are applied)
        // and nothing is loaded again: a full-size load takes a quarter of an hour.
        String keep = stringOption(list, "--reuse");
        if (keep != null && !List.of("customers", "orders", "reports").contains(list.get(0))) {
            // The other cases write their own rows after the load (purchase days, repeat buyers' orders, consents).
            System.err.println("--reuse works with customers, orders and reports only");
            System.exit(2);
        }
        String reuse = keep != null && java.nio.file.Files.exists(java.nio.file.Path.of(keep, "PG_VERSION")) ? keep : null;
        String[] settings = {"--kehu.embedded.data-dir=" + (keep == null ? "target/bench-db" : keep),
                "--kehu.embedded.clean=" + (keep == null),
                "--kehu.embedded.pool-size=10", "--kehu.demo-data=true", "--server.port=0",
                "--spring.datasource.url=", "--logging.level.root=WARN", "--logging.level.org.kehu=WARN",
                // the CLV fit's and scoring's per-phase lines (where their time goes)
                "--logging.level.org.kehu.analytics.value=INFO",
                "--spring.main.banner-mode=off"};
        int status = 0;
        try (ConfigurableApplicationContext context = app.run(settings)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            System.out.printf("bench: application started on port %d (%.1f s)%n", port, seconds(started));
            CustomerLoader loader = new CustomerLoader(context.getBean(javax.sql.DataSource.class));
            long loadStart = System.nanoTime();
            if (reuse == null) {
                loader.load(customers);
            }
            if (reuse == null) {
                System.out.printf("bench: loaded %,d customers and %,d contacts with COPY, analyzed (%.1f s)%n", customers,
                        customers * 3L, seconds(loadStart));
            } else {
                System.out.printf("bench: reused the database in %s as it was%n", reuse);
            }
            javax.sql.DataSource dataSource = context.getBean(javax.sql.DataSource.class);
            if (mailing) {
                new MailingCases(context).run();
            } else if (portalOrders) {
                long buyer = PortalOrderCases.buyersCustomer(dataSource);
                long owner;
                try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                    owner = OrderLoader.single(st, "select owner_id from customer where id = " + buyer);
                }
                int heavy = intOption(list, "--heavy", 10_000);
                long orderStart = System.nanoTime();
                long count = new OrderLoader(dataSource).load(lines, buyer, owner, heavy);
                System.out.printf("bench: loaded %,d orders (%,d of them the portal buyer's) with COPY, indexed and analyzed (%.1f s)%n",
                        count, heavy, seconds(orderStart));
                new PortalOrderCases(dataSource, serverClock, port, requests, list.contains("--explain"),
                        context.getBean(org.kehu.order.CustomerOrders.class), buyer).runAll();
            } else if (clvOnly) {
                long orderStart = System.nanoTime();
                long count = new OrderLoader(dataSource).load(new RepeatBuyers());
                System.out.printf("bench: loaded %,d orders of repeat buyers with COPY, indexed and analyzed (%.1f s)%n", count,
                        seconds(orderStart));
                long rebuildStart = System.nanoTime();
                context.getBean(org.kehu.analytics.SalesReadModel.class).rebuildAll();
                try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                    c.setAutoCommit(true);
                    st.execute("vacuum analyze analytics_purchase_day");
                }
                System.out.printf("bench: rebuilt the sales read model from the orders, analyzed (%.1f s)%n", seconds(rebuildStart));
                System.out.println(new ClvCases(dataSource, port, Cases.createToken(dataSource)).run());
            } else if ("segments".equals(list.get(0))) {
                new SegmentCases(dataSource, serverClock, port, requests, list.contains("--explain"),
                        context.getBean(org.kehu.analytics.CustomerRfmSegments.class)).runAll();
            } else if (knowledge) {
                new KnowledgeCases(dataSource, serverClock, port, requests, list.contains("--explain"),
                        intOption(list, "--articles", 100_000)).runAll();
            } else if (orderImport) {
                int i = list.indexOf("--file");
                // The shared data beside the checkout (../shared) or beside a worktree's parent (../../shared).
                java.nio.file.Path data = java.nio.file.Path.of("../shared/data/online-retail/online_retail.csv.gz");
                if (!java.nio.file.Files.exists(data)) {
                    data = java.nio.file.Path.of("../../shared/data/online-retail/online_retail.csv.gz");
                }
                new OrderImportCases(context, i >= 0 && i + 1 < list.size() ? java.nio.file.Path.of(list.get(i + 1)) : data).run();
            } else if (imports) {
                new ImportCases(context, intOption(list, "--rows", 500_000)).run();
            } else if (orders) {
                long orderStart = System.nanoTime();
                long count = reuse == null ? new OrderLoader(dataSource).load(lines) : countOrders(dataSource);
                System.out.printf("bench: loaded %,d orders with %,d lines with COPY, indexed and analyzed (%.1f s)%n", count,
                        lines, seconds(orderStart));
                if (reports) {
                    long rebuildStart = System.nanoTime();
                    context.getBean(org.kehu.analytics.SalesReadModel.class).rebuildAll();
                    try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
                        c.setAutoCommit(true);
                        st.execute("vacuum analyze analytics_sales_day");
                        st.execute("vacuum analyze analytics_purchase_day");
                        for (String rollup : List.of("analytics_sales_month", "analytics_purchase_month", "analytics_customer_trailing")) {
                            st.execute("vacuum analyze " + rollup);
                        }
                    }
                    System.out.printf("bench: rebuilt the sales read model from the orders, analyzed (%.1f s)%n", seconds(rebuildStart));
                    if (list.contains("--opportunities")) {
                        // The orders bench's opportunities too, for the funnel and pipeline tiles of the home pages.
                        long opportunityStart = System.nanoTime();
                        new OpportunityLoader(dataSource).load(opportunities);
                        System.out.printf("bench: loaded %,d opportunities with COPY, indexed and analyzed (%.1f s)%n", opportunities,
                                seconds(opportunityStart));
                    }
                    ReportCases reportCases = new ReportCases(dataSource, serverClock, port, requests, list.contains("--explain"),
                            stringOption(list, "--only") == null ? List.of() : List.of(stringOption(list, "--only").split(",")));
                    if (!list.contains("--dashboards-only")) {
                        reportCases.runAll();
                    } else {
                        reportCases.forecastOnly();
                    }
                    DashboardCases dashboards = new DashboardCases(dataSource, serverClock, port, requests,
                            context.getBean(org.kehu.analytics.SalesReadModel.class));
                    List<String> results = new java.util.ArrayList<>(dashboards.everyRole());
                    // Where each home page's time goes: every call of the page, timed in the application.
                    new DashboardTiles(context, requests).run(DashboardCases.ROLES).forEach(System.out::println);
                    results.forEach(System.out::println);
                    if (!list.contains("--no-clv") && !list.contains("--dashboards-only")) {
                        String clv = new ClvCases(dataSource, port, reportCases.token()).run();
                        System.out.println(clv);
                    }
                } else {
                    long opportunityStart = System.nanoTime();
                    new OpportunityLoader(dataSource).load(opportunities);
                    System.out.printf("bench: loaded %,d opportunities with COPY, indexed and analyzed (%.1f s)%n", opportunities,
                            seconds(opportunityStart));
                    boolean explain = list.contains("--explain");
                    new OrderCases(dataSource, serverClock, port, requests, explain).runAll(new FunnelCases(dataSource, serverClock,
                            port, requests, explain, context.getBean(org.kehu.identity.UserDirectory.class)),
                            new DashboardCases(dataSource, serverClock, port, requests, context.getBean(org.kehu.analytics.SalesReadModel.class)));
                }
            } else {
                new CustomerCases(dataSource, serverClock, port, requests, list.contains("--explain")).runAll();
            }
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.out.printf("bench: done in %.1f s%n", seconds(started));
        System.exit(status);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String stringOption(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    private static long countOrders(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            return OrderLoader.single(st, "select count(*) from sales_order");
        }
    }

    private static int intOption(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a number");
        }
        return Integer.parseInt(args.get(i + 1).replace("_", "").replace(",", ""));
    }
}
