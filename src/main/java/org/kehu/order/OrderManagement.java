package org.kehu.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kehu.catalog.Inventory;
import org.kehu.catalog.ProductCatalog;
import org.kehu.catalog.ProductInfo;
import org.kehu.catalog.StockLine;
import org.kehu.catalog.WarehouseInfo;
import org.kehu.customer.AttachmentFile;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.order.internal.OrderSideTables;
import org.kehu.order.internal.OrderNumbers;
import org.kehu.order.internal.SalesOrder;
import org.kehu.order.internal.SalesOrderLine;
import org.kehu.order.internal.SalesOrderRepository;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders: creating them with their lines, editing pending ones, the flow from pending to completed with the
 * stock it reserves, ships and releases, tracking events and contract files. The signed-in user's data scope
 * applies to the order's owner: an order outside it is "not found". Each step is recorded with who and when
 * and published ({@link OrderPlaced}, {@link OrderStatusChanged}, {@link OrderCompleted}) in its transaction.
 */
@Service
@Transactional
public class OrderManagement {

    static final int MAX_CONTRACT_BYTES = 20 * 1024 * 1024;

    private final SalesOrderRepository orders;
    private final OrderNumbers numbers;
    private final OrderSideTables side;
    private final CustomerManagement customers;
    private final ProductCatalog catalog;
    private final Inventory inventory;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    OrderManagement(SalesOrderRepository orders, OrderNumbers numbers, OrderSideTables side, CustomerManagement customers,
            ProductCatalog catalog, Inventory inventory, UserDirectory users, ApplicationEventPublisher events, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.orders = orders;
        this.numbers = numbers;
        this.side = side;
        this.customers = customers;
        this.catalog = catalog;
        this.inventory = inventory;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a pending order for a customer the user may see (404 otherwise), owned by the customer's owner
     * (or the user when the customer has none). Empty fields take their defaults; bad lines answer 400 naming
     * {@code lines[i].quantity} and the like.
     */
    @PreAuthorize("hasAuthority('order.create')")
    public OrderDetails create(OrderInput input) {
        CurrentUser user = users.requireCurrentUser();
        if (input.getCustomerId() == null) {
            throw InvalidInputException.of("customerId", "order.error.required");
        }
        CustomerDetails customer = customers.get(input.getCustomerId());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate orderDate = input.getOrderDate() != null ? input.getOrderDate() : today();
        List<SalesOrderLine> lines = lines(input.getLines(), errors);
        long warehouseId = warehouse(input.getWarehouseId(), errors);
        checkDates(orderDate, input.getPromisedDate(), errors);
        checkText(input, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        long ownerId = customer.ownerId() != null ? customer.ownerId() : user.id();
        SalesOrder order = new SalesOrder(numbers.next(orderDate), customer.id(), ownerId, user.id(), now);
        order.setHeader(orderDate, address(input.getDeliveryAddress(), customer), warehouseId, input.getPromisedDate(),
                clean(input.getNote()));
        order.replaceLines(lines);
        orders.saveAndFlush(order);
        side.recordStatus(order.getId(), null, OrderStatus.PENDING, user.id(), now);
        audit.recordChange(AuditAction.CREATE, "order", order.getId(), order.getNumber(), null, order.auditValues());
        events.publishEvent(new OrderPlaced(order.getId(), order.getNumber(), order.getCustomerId(), order.getTotal(), now));
        return details(order);
    }

    /** Saves the header and lines of a pending order; {@code input.version} must be the version read. */
    @PreAuthorize("hasAuthority('order.edit')")
    public OrderDetails update(long id, OrderInput input) {
        SalesOrder order = load(id);
        if (input.getVersion() == null) {
            throw InvalidInputException.of("version", "order.error.required");
        }
        checkVersion(order, input.getVersion());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate orderDate = input.getOrderDate() != null ? input.getOrderDate() : order.getOrderDate();
        List<SalesOrderLine> lines = lines(input.getLines(), errors);
        long warehouseId = warehouse(input.getWarehouseId() != null ? input.getWarehouseId() : order.getWarehouseId(), errors);
        checkDates(orderDate, input.getPromisedDate(), errors);
        checkText(input, errors);
        if (order.getStatus() != OrderStatus.PENDING) {
            throw new RuleViolationException("order.error.lines-locked", "Only a pending order can be edited",
                    SalesOrder.label(order.getStatus()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> before = order.auditValues();
        String address = clean(input.getDeliveryAddress());
        order.setHeader(orderDate, address != null ? address : order.getDeliveryAddress(), warehouseId,
                input.getPromisedDate(), clean(input.getNote()));
        order.replaceLines(lines);
        order.touch(clock.instant());
        orders.saveAndFlush(order);
        audit.recordChange(AuditAction.UPDATE, "order", id, order.getNumber(), before, order.auditValues());
        return details(order);
    }

    /** Confirms a pending order and reserves its stock in its warehouse (409 naming the product when short). */
    @PreAuthorize("hasAuthority('order.edit')")
    public OrderDetails confirm(long id, Long version) {
        return step(id, version, OrderStatus.CONFIRMED,
                order -> inventory.reserve(order.getWarehouseId(), stockLines(order), order.getNumber()));
    }

    @PreAuthorize("hasAuthority('order.edit')")
    public OrderDetails startProduction(long id, Long version) {
        return step(id, version, OrderStatus.IN_PRODUCTION, order -> { });
    }

    /** Ships a confirmed or in-production order: its reserved stock leaves the warehouse. */
    @PreAuthorize("hasAuthority('order.edit')")
    public OrderDetails ship(long id, Long version) {
        return step(id, version, OrderStatus.SHIPPED,
                order -> inventory.ship(order.getWarehouseId(), stockLines(order), order.getNumber()));
    }

    @PreAuthorize("hasAuthority('order.edit')")
    public OrderDetails deliver(long id, Long version) {
        return step(id, version, OrderStatus.DELIVERED, order -> { });
    }

    @PreAuthorize("hasAuthority('order.edit')")
    public OrderDetails complete(long id, Long version) {
        OrderDetails done = step(id, version, OrderStatus.COMPLETED, order -> { });
        events.publishEvent(new OrderCompleted(done.id(), done.customerId(), done.total(), clock.instant()));
        return done;
    }

    /** Cancels an order before shipping; a confirmed or in-production order gives its reservation back. */
    @PreAuthorize("hasAuthority('order.edit')")
    public OrderDetails cancel(long id, Long version) {
        return step(id, version, OrderStatus.CANCELLED, order -> {
            if (order.getStatus().holdsReservation()) {
                inventory.release(order.getWarehouseId(), stockLines(order), order.getNumber());
            }
        });
    }

    /**
     * The customer an order is for, whoever asks: for listeners of the order events, which carry the order id
     * only (churn clears a warning when the customer's order becomes a sale).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> customerOf(long orderId) {
        return orders.findById(orderId).map(SalesOrder::getCustomerId);
    }

    @PreAuthorize("hasAuthority('order.view')")
    @Transactional(readOnly = true)
    public OrderDetails get(long id) {
        return details(load(id));
    }

    /** Who moved the order when, oldest first. */
    @PreAuthorize("hasAuthority('order.view')")
    @Transactional(readOnly = true)
    public List<StatusChange> history(long id) {
        load(id);
        return side.history(id);
    }

    /** Where the goods were, newest first. */
    @PreAuthorize("hasAuthority('order.view')")
    @Transactional(readOnly = true)
    public List<TrackingEvent> tracking(long id) {
        load(id);
        return side.tracking(id);
    }

    /** Records where the goods are; for orders that are confirmed or further, not cancelled. */
    @PreAuthorize("hasAuthority('order.edit')")
    public TrackingEvent addTracking(long id, TrackingInput input) {
        SalesOrder order = load(id);
        if (order.getStatus() == OrderStatus.PENDING || order.getStatus() == OrderStatus.CANCELLED) {
            throw new RuleViolationException("order.error.tracking-state", "Tracking starts when the order is confirmed",
                    SalesOrder.label(order.getStatus()));
        }
        String place = input == null ? null : clean(input.place());
        if (place == null) {
            throw InvalidInputException.of("place", "order.error.required");
        }
        if (place.length() > 200) {
            throw InvalidInputException.of("place", "order.error.too-long");
        }
        String note = clean(input.note());
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.of("note", "order.error.too-long");
        }
        Instant now = clock.instant();
        Instant at = input.occurredAt() == null ? now : input.occurredAt().atZone(BusinessTime.ZONE).toInstant();
        if (at.isAfter(now.plusSeconds(300))) {
            throw InvalidInputException.of("occurredAt", "order.error.tracking-future");
        }
        long eventId = side.addTracking(id, at, place, note, users.requireCurrentUser().id(), now);
        order.touch(now);
        return side.tracking(id).stream().filter(e -> e.id() == eventId).findFirst().orElseThrow();
    }

    @PreAuthorize("hasAuthority('order.view')")
    @Transactional(readOnly = true)
    public List<ContractInfo> contracts(long id) {
        load(id);
        return side.contracts(id);
    }

    @PreAuthorize("hasAuthority('order.edit')")
    public ContractInfo addContract(long id, String filename, String contentType, byte[] content) {
        load(id);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "order.error.file-empty");
        }
        if (content.length > MAX_CONTRACT_BYTES) {
            throw InvalidInputException.of("file", "order.error.file-too-large");
        }
        String name = clean(filename) == null ? "contract" : filename.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long contractId = side.addContract(id, name, contentType, content, users.requireCurrentUser().id(), clock.instant());
        return side.contracts(id).stream().filter(c -> c.id() == contractId).findFirst().orElseThrow();
    }

    @PreAuthorize("hasAuthority('order.view')")
    @Transactional(readOnly = true)
    public AttachmentFile contract(long id, long contractId) {
        load(id);
        return side.contract(id, contractId).orElseThrow(() -> new RecordNotFoundException("Contract", contractId));
    }

    @PreAuthorize("hasAuthority('order.edit')")
    public void deleteContract(long id, long contractId) {
        load(id);
        if (!side.deleteContract(id, contractId)) {
            throw new RecordNotFoundException("Contract", contractId);
        }
    }

    private OrderDetails step(long id, Long version, OrderStatus target, java.util.function.Consumer<SalesOrder> stock) {
        SalesOrder order = load(id);
        if (version != null) {
            checkVersion(order, version);
        }
        order.requireStep(target);
        // Stock first, while the order still has its old status (cancel asks whether it holds a reservation).
        stock.accept(order);
        Instant now = clock.instant();
        OrderStatus from = order.moveTo(target, now);
        orders.saveAndFlush(order);
        side.recordStatus(id, from, target, users.requireCurrentUser().id(), now);
        audit.recordChange(AuditAction.UPDATE, "order", id, order.getNumber(), Map.of("status", from),
                Map.of("status", target));
        events.publishEvent(new OrderStatusChanged(id, from, target, now));
        return details(order);
    }

    private SalesOrder load(long id) {
        SalesOrder order = orders.findById(id).orElseThrow(() -> new RecordNotFoundException("Order", id));
        if (!users.ownerScope().permits(order.getOwnerId())) {
            throw new RecordNotFoundException("Order", id);
        }
        return order;
    }

    private static void checkVersion(SalesOrder order, long version) {
        if (order.getVersion() != version) {
            throw new ConcurrentEditException("Order", order.getId());
        }
    }

    private List<SalesOrderLine> lines(List<OrderLineInput> input, Map<String, String> errors) {
        List<OrderLineInput> given = input == null ? List.of() : input;
        List<Long> productIds = given.stream().filter(Objects::nonNull).map(OrderLineInput::getProductId)
                .filter(Objects::nonNull).toList();
        Map<Long, ProductInfo> products = catalog.find(productIds);
        List<SalesOrderLine> lines = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            OrderLineInput in = given.get(i);
            if (in == null || in.isBlank()) {
                continue;
            }
            String at = "lines[" + i + "].";
            int problemsBefore = errors.size();
            ProductInfo product = in.getProductId() == null ? null : products.get(in.getProductId());
            if (product == null) {
                errors.put(at + "productId", in.getProductId() == null ? "order.error.product-required" : "order.error.product-unknown");
            }
            BigDecimal quantity = in.getQuantity();
            if (quantity == null || quantity.signum() <= 0) {
                errors.put(at + "quantity", "order.error.quantity-positive");
            } else if (quantity.scale() > 3 && quantity.stripTrailingZeros().scale() > 3) {
                errors.put(at + "quantity", "order.error.quantity-decimals");
            } else if (!InputLimits.fitsNumeric(quantity, 14, 3)) {
                errors.put(at + "quantity", "input.error.too-large");
            }
            BigDecimal price = in.getUnitPrice() != null ? in.getUnitPrice() : product == null ? null : product.price();
            if (price != null && price.signum() < 0) {
                errors.put(at + "unitPrice", "order.error.price-negative");
            } else if (!InputLimits.fitsNumeric(price, 14, 2)) {
                errors.put(at + "unitPrice", "input.error.too-large");
                price = null;
            } else if (price != null && quantity != null && InputLimits.fitsNumeric(quantity, 14, 3)
                    && !InputLimits.fitsNumeric(quantity.multiply(price), 14, 2)) {
                errors.put(at + "quantity", "order.error.amount-too-large"); // the line's amount, numeric(14, 2)
                price = null;
            }
            BigDecimal discount = in.getDiscount() == null ? BigDecimal.ZERO : in.getDiscount();
            if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.put(at + "discount", "order.error.discount-range");
            }
            if (errors.size() == problemsBefore && product != null && quantity != null && quantity.signum() > 0
                    && price != null && price.signum() >= 0
                    && discount.signum() >= 0 && discount.compareTo(BigDecimal.valueOf(100)) <= 0) {
                lines.add(new SalesOrderLine(lines.size() + 1, product.id(), product.code(), product.name(),
                        product.unitCode(), quantity.setScale(3, RoundingMode.HALF_UP),
                        price.setScale(2, RoundingMode.HALF_UP), discount.setScale(2, RoundingMode.HALF_UP)));
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.put("lines", "order.error.no-lines");
        }
        BigDecimal total = lines.stream().map(SalesOrderLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!InputLimits.fitsNumeric(total, 14, 2)) {
            errors.put("lines", "order.error.amount-too-large");
        }
        return lines;
    }

    private long warehouse(Long requested, Map<String, String> errors) {
        List<WarehouseInfo> warehouses = catalog.warehouses();
        if (warehouses.isEmpty()) {
            errors.put("warehouseId", "order.error.no-warehouse");
            return 0;
        }
        if (requested == null) {
            return warehouses.get(0).id();
        }
        if (warehouses.stream().noneMatch(w -> w.id() == requested)) {
            errors.put("warehouseId", "order.error.warehouse-unknown");
        }
        return requested;
    }

    private static void checkText(OrderInput input, Map<String, String> errors) {
        if (!InputLimits.fitsLength(clean(input.getNote()), 1000)) {
            errors.put("note", "order.error.too-long");
        }
        if (!InputLimits.fitsLength(clean(input.getDeliveryAddress()), 300)) {
            errors.put("deliveryAddress", "order.error.too-long");
        }
    }

    private static void checkDates(LocalDate orderDate, LocalDate promised, Map<String, String> errors) {
        if (promised != null && promised.isBefore(orderDate)) {
            errors.put("promisedDate", "order.error.promised-before-order");
        }
    }

    private static String address(String given, CustomerDetails customer) {
        String a = clean(given);
        if (a == null) {
            a = clean(customer.address());
        }
        return a != null && a.length() > 300 ? a.substring(0, 300) : a;
    }

    private static List<StockLine> stockLines(SalesOrder order) {
        return order.getLines().stream().map(l -> new StockLine(l.getProductId(), l.getQuantity())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private OrderDetails details(SalesOrder o) {
        String customerName = side.customerName(o.getCustomerId()).orElse("#" + o.getCustomerId());
        String ownerName = users.names(List.of(o.getOwnerId())).get(o.getOwnerId());
        String warehouseName = catalog.warehouses().stream().filter(w -> Objects.equals(w.id(), o.getWarehouseId()))
                .map(WarehouseInfo::name).findFirst().orElse(null);
        return new OrderDetails(o.getId(), o.getNumber(), o.getCustomerId(), customerName, o.getOwnerId(), ownerName,
                o.getOrderDate(), o.getDeliveryAddress(), o.getWarehouseId(), warehouseName, o.getPromisedDate(),
                o.getStatus(), o.getTotal(), o.getNote(), o.getCreatedAt(), o.getUpdatedAt(), o.getVersion(),
                o.lineDetails());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
