package org.kehu.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kehu.catalog.internal.StockLedger;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.Formats;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RuleViolationException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per product and warehouse, for other modules. Orders reserve stock when confirmed, ship it (take it
 * out of what is on hand and reserved) and release it when cancelled; tickets issue spare parts. Each call
 * is all or nothing: when one line would take stock below zero, nothing changes and a
 * {@link RuleViolationException} (409) names the product and what is available. Every change is a movement
 * with who, when, why and a {@code reference} (the order or ticket number).
 */
@Service
@Transactional
public class Inventory {

    /** Kinds of movement, as stored and shown. */
    public enum Movement {
        IN, OUT, ADJUST, RESERVE, RELEASE, SHIP, ISSUE
    }

    private final StockLedger ledger;
    private final UserDirectory users;

    Inventory(StockLedger ledger, UserDirectory users) {
        this.ledger = ledger;
        this.users = users;
    }

    /** Sets stock aside for an order: available goes down, on hand stays. */
    public void reserve(long warehouseId, Collection<StockLine> lines, String reference) {
        change(warehouseId, lines, Movement.RESERVE, null, reference, q -> BigDecimal.ZERO, q -> q);
    }

    /** Gives a reservation back (an order cancelled after confirming). */
    public void release(long warehouseId, Collection<StockLine> lines, String reference) {
        change(warehouseId, lines, Movement.RELEASE, null, reference, q -> BigDecimal.ZERO, BigDecimal::negate);
    }

    /** Ships reserved stock: on hand and reserved both go down. */
    public void ship(long warehouseId, Collection<StockLine> lines, String reference) {
        change(warehouseId, lines, Movement.SHIP, null, reference, BigDecimal::negate, BigDecimal::negate);
    }

    /** Takes unreserved stock out for use (spare parts of a repair). */
    public void issue(long warehouseId, Collection<StockLine> lines, String reason, String reference) {
        change(warehouseId, lines, Movement.ISSUE, reason, reference, BigDecimal::negate, q -> BigDecimal.ZERO);
    }

    /** Goods received into a warehouse. */
    public void receive(long warehouseId, Collection<StockLine> lines, String reason, String reference) {
        change(warehouseId, lines, Movement.IN, reason, reference, q -> q, q -> BigDecimal.ZERO);
    }

    /** Goods taken out by hand (scrap, samples): a reason is required. */
    public void takeOut(long warehouseId, Collection<StockLine> lines, String reason, String reference) {
        requireReason(reason);
        change(warehouseId, lines, Movement.OUT, reason, reference, BigDecimal::negate, q -> BigDecimal.ZERO);
    }

    /**
     * Corrects on hand by a signed quantity after a count; a reason is required. Cannot go below what is
     * reserved.
     */
    public void adjust(long warehouseId, long productId, BigDecimal delta, String reason) {
        requireReason(reason);
        if (delta == null || delta.signum() == 0) {
            throw InvalidInputException.of("quantity", "inventory.error.quantity-zero");
        }
        apply(warehouseId, productId, delta.abs(), Movement.ADJUST, reason, null, delta, BigDecimal.ZERO);
    }

    /** Available (on hand less reserved) of a product in a warehouse. */
    @Transactional(readOnly = true)
    public BigDecimal available(long productId, long warehouseId) {
        return ledger.level(productId, warehouseId).available();
    }

    /** Available of these products in a warehouse, by product id; products without stock there answer zero. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> available(Collection<Long> productIds, long warehouseId) {
        Map<Long, BigDecimal> found = productIds.isEmpty() ? Map.of() : ledger.available(productIds, warehouseId);
        Map<Long, BigDecimal> available = new java.util.LinkedHashMap<>();
        productIds.forEach(id -> available.put(id, found.getOrDefault(id, BigDecimal.ZERO)));
        return available;
    }

    private void change(long warehouseId, Collection<StockLine> lines, Movement kind, String reason, String reference,
            java.util.function.UnaryOperator<BigDecimal> onHand, java.util.function.UnaryOperator<BigDecimal> reserved) {
        // One change per product, in product order, so that two calls over the same products cannot deadlock.
        Map<Long, BigDecimal> byProduct = new TreeMap<>();
        for (StockLine line : lines) {
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                throw InvalidInputException.of("quantity", "inventory.error.quantity-positive");
            }
            byProduct.merge(line.productId(), line.quantity(), BigDecimal::add);
        }
        byProduct.forEach((productId, quantity) -> apply(warehouseId, productId, quantity, kind, reason, reference,
                onHand.apply(quantity), reserved.apply(quantity)));
    }

    private void apply(long warehouseId, long productId, BigDecimal quantity, Movement kind, String reason,
            String reference, BigDecimal onHandDelta, BigDecimal reservedDelta) {
        Long actor = users.currentUser().map(CurrentUser::id).orElse(null);
        // An adjustment is recorded with its sign, so that the history tells a count's gain from its loss.
        BigDecimal recorded = kind == Movement.ADJUST ? onHandDelta : quantity;
        if (ledger.apply(productId, warehouseId, kind.name(), onHandDelta, reservedDelta, recorded, reason, reference,
                actor).isEmpty()) {
            StockLedger.Level level = ledger.level(productId, warehouseId);
            String product = ledger.productCode(productId);
            throw switch (kind) {
                case RELEASE, SHIP -> new RuleViolationException("inventory.error.not-reserved",
                        "Not that much reserved of " + product, product, level.reserved().stripTrailingZeros().toPlainString(),
                        quantity.stripTrailingZeros().toPlainString());
                default -> shortOfStock(productId, warehouseId, product, level.available(), quantity);
            };
        }
    }

    /**
     * A refusal that names the warehouse that is short and, so that the user knows where to take the goods
     * from, the other warehouse with the most available when one has enough.
     */
    private RuleViolationException shortOfStock(long productId, long warehouseId, String product, BigDecimal available,
            BigDecimal needed) {
        String warehouse = ledger.warehouseName(warehouseId);
        MessageSourceResolvable elsewhere = ledger.mostAvailableElsewhere(productId, warehouseId, needed)
                .<MessageSourceResolvable>map(e -> new DefaultMessageSourceResolvable(new String[] {"inventory.error.stock-elsewhere"},
                        new Object[] {e.warehouseName(), Formats.number(e.available())}, e.warehouseName() + " has " + e.available()))
                .orElse(new DefaultMessageSourceResolvable(new String[] {"inventory.error.stock-nowhere"}, null,
                        "No other warehouse has enough."));
        return new RuleViolationException("inventory.error.short-in-warehouse",
                "Not enough stock of " + product + " in " + warehouse, product, warehouse, Formats.number(available),
                Formats.number(needed), elsewhere);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "inventory.error.reason-required");
        }
    }

    /** For tests and callers that have one line. */
    public static List<StockLine> one(long productId, BigDecimal quantity) {
        return List.of(new StockLine(productId, quantity));
    }
}
