package org.kehu.order.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.kehu.order.OrderStatus;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Two years of orders for the demo customers (about 6,500): growth of a quarter year on year, a dip at the
 * Chinese New Year (January–February) and a peak in the fourth quarter; a few large customers carry much of
 * the revenue, one customer in ten stopped ordering more than six months ago. Orders older than two months are
 * completed (a few cancelled); recent ones are spread over every state, and the confirmed and in-production
 * ones hold matching stock reservations (never below a product's low-stock threshold: such an order stays
 * pending). Needs the demo products and warehouses (catalogue, order 20); without
 * them it loads nothing. Fixed seed, JDBC batches.
 */
@Component
class OrderDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(OrderDemoData.class);
    private static final long SEED = 20261124L;
    /** Orders in an average month of the first year. */
    private static final double BASE_PER_MONTH = 235;
    /** Seasonality by month, January first: the New Year dip, the fourth-quarter peak. */
    private static final double[] SEASON = {0.8, 0.5, 1.0, 1.0, 1.05, 1.1, 0.95, 0.95, 1.1, 1.2, 1.35, 1.4};
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");
    private static final int[] DISCOUNTS = {0, 0, 0, 0, 3, 5, 5, 8, 10};

    private final JdbcTemplate jdbc;

    OrderDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.ORDERS;
    }

    private record Customer(long id, long ownerId, LocalDate created, String address, double weight, boolean lapsed) {

        /**
         * How much more or less than others this customer buys per order, 0.4–2.0 times, fixed by the id (not drawn,
         * so the orders' draws stay the same). Without it every customer's orders came from one distribution, and the
         * demo lifetime value model's Gamma-Gamma part (spend varies between customers) had no maximum to find.
         */
        double spend() {
            double golden = (id * 0.6180339887498949) % 1;
            return 0.4 + 1.6 * golden;
        }
    }

    private record Product(long id, String code, String name, String unit, BigDecimal price) {
    }

    private record Line(long orderId, int no, Product product, BigDecimal quantity, BigDecimal discount, BigDecimal amount) {
    }

    @Override
    public void load() {
        List<Product> products = jdbc.query("select id, code, name, unit_code, price from product where status = 'ON_SALE' order by code",
                (rs, n) -> new Product(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)));
        List<Long> warehouses = jdbc.queryForList("select id from warehouse order by sort_order, id", Long.class);
        if (products.isEmpty() || warehouses.isEmpty()) {
            log.info("No demo products or warehouses: no demo orders");
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        // Nothing in the demo happens after the moment it is loaded: no step or tracking event in the future.
        Instant now = Instant.now();
        LocalDate start = today.minusYears(2).withDayOfMonth(1);
        List<Customer> customers = customers(random, today);
        double totalWeight = customers.stream().mapToDouble(Customer::weight).sum();

        long nextOrderId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from sales_order", Long.class);
        long firstOrderId = nextOrderId;
        Map<String, Integer> sequence = new TreeMap<>();
        List<Object[]> orders = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> tracking = new ArrayList<>();
        Map<Long, List<Line>> linesByOrder = new HashMap<>();
        List<Object[]> held = new ArrayList<>();

        for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            double years = ChronoUnit.MONTHS.between(start, month) / 12.0;
            int count = (int) Math.round(BASE_PER_MONTH * SEASON[month.getMonthValue() - 1] * Math.pow(1.25, years)
                    * (0.93 + 0.14 * random.nextDouble()));
            int days = month.lengthOfMonth();
            if (month.getYear() == today.getYear() && month.getMonth() == today.getMonth()) {
                count = count * today.getDayOfMonth() / days;
                days = today.getDayOfMonth();
            }
            for (int k = 0; k < count; k++) {
                LocalDate date = month.plusDays(random.nextInt(days));
                Customer customer = pick(customers, totalWeight, random, date, today);
                if (customer == null) {
                    continue;
                }
                long orderId = nextOrderId++;
                String period = PERIOD.format(date);
                int seq = sequence.merge(period, 1, Integer::sum);
                String number = "SO" + period + String.format("%05d", seq);
                long age = ChronoUnit.DAYS.between(date, today);
                OrderStatus status = status(age, random);
                int lineCount = 1 + (random.nextInt(10) < 5 ? 0 : random.nextInt(4));
                List<Line> orderLines = new ArrayList<>();
                BigDecimal total = BigDecimal.ZERO;
                for (int n = 1; n <= lineCount; n++) {
                    Product p = products.get(random.nextInt(products.size()));
                    int maxQty = p.price().compareTo(BigDecimal.valueOf(5000)) > 0 ? 5 : p.price().compareTo(BigDecimal.valueOf(500)) > 0 ? 20 : 100;
                    BigDecimal qty = BigDecimal.valueOf(Math.max(1, Math.round((1 + random.nextInt(maxQty)) * customer.spend())));
                    BigDecimal discount = BigDecimal.valueOf(DISCOUNTS[random.nextInt(DISCOUNTS.length)]);
                    BigDecimal amount = org.kehu.order.OrderMath.lineAmount(qty, p.price(), discount);
                    total = total.add(amount);
                    orderLines.add(new Line(orderId, n, p, qty, discount, amount));
                }
                long warehouse = warehouses.get(random.nextInt(warehouses.size()));
                if (status.holdsReservation()) {
                    held.add(new Object[] {orderId, warehouse, number});
                }
                Instant placed = earlier(date.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60)))
                        .atZone(BusinessTime.ZONE).toInstant(), now.minus(1, ChronoUnit.MINUTES));
                Map<OrderStatus, Instant> stepped = steps(history, orderId, status, placed, customer.ownerId(), random, now);
                Instant updated = stepped.values().stream().max(Instant::compareTo).orElse(placed);
                if (status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED
                        || status == OrderStatus.COMPLETED && age < 120) {
                    tracking(tracking, orderId, stepped.get(OrderStatus.SHIPPED), stepped.get(OrderStatus.DELIVERED),
                            customer.ownerId(), random, now);
                }
                orders.add(new Object[] {orderId, number, customer.id(), customer.ownerId(), date,
                        customer.address(), warehouse, date.plusDays(10 + random.nextInt(30)), status.name(),
                        total, customer.ownerId(), placed, updated});
                lines.addAll(orderLines);
                linesByOrder.put(orderId, orderLines);
            }
        }
        List<Long> demoted = reserve(held, linesByOrder, orders);
        // Orders the stock could not cover stay pending: only their first step remains.
        history.removeIf(h -> h[1] != null && demoted.contains((Long) h[0]));

        copy("sales_order(id, number, customer_id, owner_id, order_date, delivery_address, warehouse_id, promised_date,"
                + " status, total, created_by, created_at, updated_at)", orders);
        copy("sales_order_line(order_id, line_no, product_id, product_code, product_name, unit_code, quantity, unit_price,"
                + " discount, amount)", lines.stream().map(l -> new Object[] {l.orderId(), l.no(), l.product().id(),
                        l.product().code(), l.product().name(), l.product().unit(), l.quantity(), l.product().price(),
                        l.discount(), l.amount()}).toList());
        copy("sales_order_status_change(order_id, from_status, to_status, actor_id, at)", history);
        copy("sales_order_tracking(order_id, occurred_at, place, note, recorded_by, recorded_at)", tracking);
        jdbc.batchUpdate("insert into sales_order_number(period, last_value) values (?, ?) on conflict (period) do update set last_value = greatest(sales_order_number.last_value, excluded.last_value)",
                sequence.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        jdbc.execute("select setval(pg_get_serial_sequence('sales_order', 'id'), (select max(id) from sales_order))");
        log.info("Demo orders: {} orders from id {}, {} lines", orders.size(), firstOrderId, lines.size());
    }

    /**
     * Writes rows with {@code COPY} on the transaction's connection: several times faster than batched inserts,
     * and every test JVM loads these rows. Values hold no tabs, newlines or backslashes except escaped here.
     */
    private void copy(String target, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 120);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object v = row[i];
                text.append(v == null ? "\\N" : v instanceof BigDecimal b ? b.toPlainString()
                        : v.toString().replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
            }
            text.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin", new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Demo orders: COPY into " + target + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
        }
    }

    /** Customers with a weight (a few big buyers), one in ten lapsed: no orders in the last seven months. */
    private List<Customer> customers(Random random, LocalDate today) {
        List<Customer> list = new ArrayList<>();
        jdbc.query("select id, owner_id, created_at, address from customer where owner_id is not null order by id", rs -> {
            double weight = Math.pow(random.nextDouble() + 0.05, -1.2);
            LocalDate created = rs.getTimestamp(3).toInstant().atZone(BusinessTime.ZONE).toLocalDate();
            list.add(new Customer(rs.getLong(1), rs.getLong(2), created, rs.getString(4), weight, random.nextInt(10) == 0));
        });
        return list;
    }

    private static Customer pick(List<Customer> customers, double totalWeight, Random random, LocalDate date, LocalDate today) {
        for (int attempt = 0; attempt < 8; attempt++) {
            double r = random.nextDouble() * totalWeight;
            for (Customer c : customers) {
                r -= c.weight();
                if (r <= 0) {
                    boolean tooEarly = date.isBefore(c.created());
                    boolean lapsedTooLate = c.lapsed() && date.isAfter(today.minusMonths(7));
                    if (!tooEarly && !lapsedTooLate) {
                        return c;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** Old orders are done; recent ones are spread along the flow by age. */
    private static OrderStatus status(long age, Random random) {
        int r = random.nextInt(100);
        if (r < 5) {
            return age < 10 && r < 2 ? OrderStatus.PENDING : OrderStatus.CANCELLED;
        }
        if (age > 60) {
            return OrderStatus.COMPLETED;
        }
        if (age > 40) {
            return r < 30 ? OrderStatus.DELIVERED : OrderStatus.COMPLETED;
        }
        if (age > 20) {
            return r < 40 ? OrderStatus.SHIPPED : r < 75 ? OrderStatus.DELIVERED : OrderStatus.COMPLETED;
        }
        if (age > 7) {
            return r < 35 ? OrderStatus.CONFIRMED : r < 70 ? OrderStatus.IN_PRODUCTION : OrderStatus.SHIPPED;
        }
        return r < 55 ? OrderStatus.PENDING : r < 85 ? OrderStatus.CONFIRMED : OrderStatus.IN_PRODUCTION;
    }

    /** The status history up to {@code status}, none of it after {@code now}; answers when each status began. */
    private static Map<OrderStatus, Instant> steps(List<Object[]> history, long orderId, OrderStatus status, Instant placed,
            long actor, Random random, Instant now) {
        Map<OrderStatus, Instant> began = new java.util.EnumMap<>(OrderStatus.class);
        began.put(OrderStatus.PENDING, placed);
        history.add(new Object[] {orderId, null, OrderStatus.PENDING.name(), actor, placed});
        Instant at = placed;
        OrderStatus from = OrderStatus.PENDING;
        List<OrderStatus> path = switch (status) {
            case PENDING -> List.of();
            case CANCELLED -> random.nextBoolean() ? List.of(OrderStatus.CANCELLED) : List.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
            default -> {
                List<OrderStatus> p = new ArrayList<>();
                for (OrderStatus s : List.of(OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.SHIPPED,
                        OrderStatus.DELIVERED, OrderStatus.COMPLETED)) {
                    p.add(s);
                    if (s == status) {
                        break;
                    }
                }
                yield p;
            }
        };
        // Each step a few hours to six days after the one before, squeezed towards now when that would pass it.
        int remaining = path.size();
        for (OrderStatus to : path) {
            Instant next = at.plus(1 + random.nextInt(6 * 24), ChronoUnit.HOURS);
            Instant latest = now.minus(remaining, ChronoUnit.MINUTES);
            at = next.isAfter(latest) ? at.plus(Duration.between(at, latest).dividedBy(remaining + 1).abs()) : next;
            history.add(new Object[] {orderId, from.name(), to.name(), actor, at});
            began.put(to, at);
            from = to;
            remaining--;
        }
        return began;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static final String[][] ROUTE = {
            {"工厂仓库", "已出库，装车完毕"}, {"武汉转运中心", "干线运输中"}, {"郑州转运中心", "到达中转站"},
            {"长沙转运中心", "干线运输中"}, {"客户所在城市配送站", "安排送货"}, {"客户收货点", "客户已签收"}};

    /**
     * Where the goods went: leaving the factory when the order shipped, through the transfer centres, and signed
     * for when it was delivered (or still on the way, up to now).
     */
    private static void tracking(List<Object[]> tracking, long orderId, Instant shipped, Instant delivered, long actor,
            Random random, Instant now) {
        Instant end = delivered == null ? now : delivered;
        int events = delivered == null ? 1 + random.nextInt(3) : 4;
        Duration gap = Duration.between(shipped, end).dividedBy(events + 1);
        for (int i = 0; i < events; i++) {
            boolean signed = delivered != null && i == events - 1;
            String[] step = signed ? ROUTE[5] : ROUTE[Math.min(i == 0 ? 0 : 1 + random.nextInt(4), 4)];
            Instant at = i == 0 ? shipped : signed ? delivered : shipped.plus(gap.multipliedBy(i));
            tracking.add(new Object[] {orderId, at, step[0], step[1], actor, at});
        }
    }

    /**
     * Sets stock aside for the confirmed and in-production demo orders, as confirming them would have; an
     * order the stock cannot cover stays pending instead.
     */
    private List<Long> reserve(List<Object[]> held, Map<Long, List<Line>> linesByOrder, List<Object[]> orders) {
        Map<String, BigDecimal[]> stock = new HashMap<>();
        jdbc.query("select product_id, warehouse_id, on_hand, reserved from stock", rs -> {
            stock.put(rs.getLong(1) + ":" + rs.getLong(2), new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4)});
        });
        Map<Long, BigDecimal> thresholds = new HashMap<>();
        jdbc.query("select id, low_stock_threshold from product", rs -> {
            thresholds.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        Map<Long, Object[]> orderRows = new HashMap<>();
        orders.forEach(o -> orderRows.put((Long) o[0], o));
        List<Object[]> movements = new ArrayList<>();
        for (Object[] h : held) {
            long orderId = (Long) h[0];
            long warehouse = (Long) h[1];
            Map<Long, BigDecimal> need = new TreeMap<>();
            linesByOrder.get(orderId).forEach(l -> need.merge(l.product().id(), l.quantity(), BigDecimal::add));
            boolean fits = need.entrySet().stream().allMatch(e -> {
                BigDecimal[] level = stock.get(e.getKey() + ":" + warehouse);
                // Demo orders leave at least the low-stock threshold available: the catalogue's list of what
                // runs low stays as the catalogue made it.
                return level != null && level[0].subtract(level[1]).subtract(e.getValue())
                        .compareTo(thresholds.getOrDefault(e.getKey(), BigDecimal.ZERO)) >= 0;
            });
            if (!fits) {
                orderRows.get(orderId)[8] = OrderStatus.PENDING.name();
                continue;
            }
            need.forEach((product, qty) -> {
                BigDecimal[] level = stock.get(product + ":" + warehouse);
                level[1] = level[1].add(qty);
                movements.add(new Object[] {product, warehouse, qty, level[0], level[1], h[2], orderRows.get(orderId)[3]});
            });
        }
        // Orders that stayed pending lose the later steps of their history.
        List<Long> demoted = held.stream().map(h -> (Long) h[0])
                .filter(id -> OrderStatus.PENDING.name().equals(orderRows.get(id)[8])).toList();
        if (!demoted.isEmpty()) {
            log.info("Demo orders: {} confirmed orders left pending for want of stock", demoted.size());
        }
        jdbc.batchUpdate("update stock set reserved = ? where product_id = ? and warehouse_id = ?",
                stock.entrySet().stream().filter(e -> movements.stream().anyMatch(m -> e.getKey().equals(m[0] + ":" + m[1])))
                        .map(e -> new Object[] {e.getValue()[1], Long.parseLong(e.getKey().split(":")[0]),
                                Long.parseLong(e.getKey().split(":")[1])}).toList());
        jdbc.batchUpdate("""
                insert into stock_movement(product_id, warehouse_id, kind, quantity, on_hand_after, reserved_after, reference, actor_id)
                values (?, ?, 'RESERVE', ?, ?, ?, ?, ?)""", movements);
        return demoted;
    }
}
