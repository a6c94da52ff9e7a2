package org.kehu.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.catalog.ProductCatalog;
import org.kehu.catalog.ProductInfo;
import org.kehu.catalog.WarehouseInfo;
import org.kehu.customer.ContactSelfService;
import org.kehu.customer.CustomerDetails;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.notification.Notifications;
import org.kehu.order.internal.OrderNumbers;
import org.kehu.order.internal.OrderSideTables;
import org.kehu.order.internal.SalesOrder;
import org.kehu.order.internal.SalesOrderLine;
import org.kehu.order.internal.SalesOrderRepository;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders customers place themselves on the portal (a configured product): a pending order of the customer, owned by
 * the customer's account manager, who is notified with a link to it. The configuration chosen (option groups, options
 * and their price differences) is kept with the order line and shown under it. The portal, which has established who
 * the customer is, calls this; there is no staff user and no staff data scope.
 */
@Service
@Transactional
public class PortalOrders {

    /** Source of an order placed on the portal. */
    static final String SOURCE = "PORTAL";

    /** One option of a configured line, as it was chosen: its group, its name and what it added to the unit price. */
    public record LineOption(String group, String option, BigDecimal priceDelta) {
    }

    /** The configured product ordered: the unit price is the one the portal computed from the catalogue just now. */
    public record ConfiguredLine(long productId, int quantity, BigDecimal unitPrice, List<LineOption> options) {
    }

    private final SalesOrderRepository orders;
    private final OrderNumbers numbers;
    private final OrderSideTables side;
    private final ContactSelfService customers;
    private final ProductCatalog catalog;
    private final UserDirectory users;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    PortalOrders(SalesOrderRepository orders, OrderNumbers numbers, OrderSideTables side, ContactSelfService customers,
            ProductCatalog catalog, UserDirectory users, Notifications notifications, ApplicationEventPublisher events,
            AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.orders = orders;
        this.numbers = numbers;
        this.side = side;
        this.customers = customers;
        this.catalog = catalog;
        this.users = users;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Places a pending order of one configured line for the customer. A product not on sale, a quantity or price out
     * of range, or a note too long answers {@link InvalidInputException}.
     */
    public OrderDetails place(long customerId, ConfiguredLine line, String note) {
        CustomerDetails customer = customers.customer(customerId)
                .orElseThrow(() -> new RecordNotFoundException("Customer", customerId));
        ProductInfo product = catalog.find(line.productId()).filter(ProductInfo::onSale).orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (product == null) {
            errors.put("productId", "order.error.product-unknown");
        }
        BigDecimal quantity = BigDecimal.valueOf(line.quantity()).setScale(3, RoundingMode.HALF_UP);
        BigDecimal price = line.unitPrice() == null ? null : line.unitPrice().setScale(2, RoundingMode.HALF_UP);
        if (line.quantity() <= 0) {
            errors.put("quantity", "order.error.quantity-positive");
        }
        if (price == null || price.signum() < 0) {
            errors.put("unitPrice", "order.error.price-negative");
        } else if (!InputLimits.fitsNumeric(price, 14, 2) || !InputLimits.fitsNumeric(price.multiply(quantity), 14, 2)) {
            errors.put("quantity", "order.error.amount-too-large");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!InputLimits.fitsLength(text, 1000)) {
            errors.put("note", "order.error.too-long");
        }
        List<WarehouseInfo> warehouses = catalog.warehouses();
        if (warehouses.isEmpty()) {
            errors.put("warehouseId", "order.error.no-warehouse");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        long ownerId = customer.ownerId() != null ? customer.ownerId() : fallbackOwner();
        SalesOrder order = new SalesOrder(numbers.next(today), customer.id(), ownerId, null, now);
        String address = customer.address() == null || customer.address().isBlank() ? null : customer.address().strip();
        order.setHeader(today, address != null && address.length() > 300 ? address.substring(0, 300) : address,
                warehouses.get(0).id(), null, text);
        order.replaceLines(List.of(new SalesOrderLine(1, product.id(), product.code(), product.name(), product.unitCode(),
                quantity, price, BigDecimal.ZERO)));
        orders.saveAndFlush(order);
        jdbc.sql("update sales_order set source = :source where id = :id").param("source", SOURCE)
                .param("id", order.getId()).update();
        keepOptions(order.getId(), 1, product.id(), line.options());
        side.recordStatus(order.getId(), null, OrderStatus.PENDING, null, now);
        audit.recordChange(AuditAction.CREATE, "order", order.getId(), order.getNumber(), null, order.auditValues());
        events.publishEvent(new OrderPlaced(order.getId(), order.getNumber(), order.getCustomerId(), order.getTotal(), now));
        notifications.notify(ownerId, "order.notify.portal-order", List.of(order.getNumber(), customer.name()),
                "/orders/" + order.getId());
        return new OrderDetails(order.getId(), order.getNumber(), order.getCustomerId(), customer.name(), ownerId,
                users.names(List.of(ownerId)).get(ownerId), order.getOrderDate(), order.getDeliveryAddress(),
                order.getWarehouseId(), warehouses.get(0).name(), null, order.getStatus(), order.getTotal(),
                order.getNote(), order.getCreatedAt(), order.getUpdatedAt(), order.getVersion(), order.lineDetails());
    }

    /**
     * The configuration of each configured line of the order, by line number; a line whose product staff have since
     * changed has none. The caller has already checked that the reader may see the order.
     */
    @Transactional(readOnly = true)
    public Map<Integer, List<LineOption>> configurations(long orderId) {
        Map<Integer, List<LineOption>> byLine = new LinkedHashMap<>();
        jdbc.sql("""
                select o.line_no, o.group_name, o.option_name, o.price_delta from sales_order_line_option o
                  join sales_order_line l on l.order_id = o.order_id and l.line_no = o.line_no and l.product_id = o.product_id
                 where o.order_id = ? order by o.line_no, o.sort_order, o.id""").param(orderId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> byLine
                        .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new LineOption(rs.getString(2), rs.getString(3), rs.getBigDecimal(4))));
        return byLine;
    }

    private void keepOptions(long orderId, int lineNo, long productId, List<LineOption> options) {
        int order = 0;
        for (LineOption o : options == null ? List.<LineOption>of() : options) {
            order += 10;
            jdbc.sql("""
                    insert into sales_order_line_option(order_id, line_no, product_id, group_name, option_name, price_delta, sort_order)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(orderId, lineNo, productId, cut(o.group()), cut(o.option()), o.priceDelta(), order).update();
        }
    }

    /** A customer without an account manager: the first user who may edit orders takes it. */
    private long fallbackOwner() {
        return users.usersWith(Permission.ORDER_EDIT).stream().mapToLong(UserSummary::id).min()
                .orElseThrow(() -> new IllegalStateException("No user may take orders"));
    }

    private static String cut(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
