package org.kehu.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.catalog.Inventory;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a movement entered on the inventory page or through the API. The form is checked here (every field at
 * once); the stock rules (never below zero nor below what is reserved, who and when) are {@link Inventory}'s.
 */
@Service
public class StockMovements {

    private final Inventory inventory;
    private final StockQueries queries;
    private final JdbcClient jdbc;

    StockMovements(Inventory inventory, StockQueries queries, JdbcClient jdbc) {
        this.inventory = inventory;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /** Records the movement and answers it as stored. */
    @PreAuthorize("hasAuthority('inventory.edit')")
    @Transactional
    public MovementRow record(MovementForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        form.setReason(ProductChecks.strip(form.getReason()));
        form.setReference(ProductChecks.strip(form.getReference()));
        if (form.getWarehouseId() == null) {
            errors.put("warehouseId", "catalog.error.required");
        } else if (!exists("warehouse", form.getWarehouseId())) {
            errors.put("warehouseId", "catalog.error.unknown-choice");
        }
        if (form.getProductId() == null) {
            errors.put("productId", "catalog.error.required");
        } else if (!exists("product", form.getProductId())) {
            errors.put("productId", "catalog.error.unknown-choice");
        }
        MovementForm.Kind kind = null;
        try {
            kind = form.getKind() == null ? null : MovementForm.Kind.valueOf(form.getKind());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            errors.put("kind", form.getKind() == null || form.getKind().isBlank() ? "catalog.error.required"
                    : "catalog.error.unknown-choice");
        }
        if (kind == MovementForm.Kind.ADJUST) {
            if (form.getQuantity() == null) {
                errors.put("quantity", "catalog.error.required");
            } else if (form.getQuantity().signum() == 0) {
                errors.put("quantity", "inventory.error.quantity-zero");
            } else {
                ProductChecks.positiveQuantity(errors, "quantity", form.getQuantity().abs());
            }
        } else {
            ProductChecks.positiveQuantity(errors, "quantity", form.getQuantity());
        }
        if (kind != null && kind != MovementForm.Kind.IN && form.getReason() == null) {
            errors.put("reason", "inventory.error.reason-required");
        }
        ProductChecks.text(errors, "reason", form.getReason(), 300, false);
        ProductChecks.text(errors, "reference", form.getReference(), 60, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long warehouse = form.getWarehouseId();
        long product = form.getProductId();
        switch (kind) {
            case IN -> inventory.receive(warehouse, Inventory.one(product, form.getQuantity()), form.getReason(),
                    form.getReference());
            case OUT -> inventory.takeOut(warehouse, Inventory.one(product, form.getQuantity()), form.getReason(),
                    form.getReference());
            case ADJUST -> inventory.adjust(warehouse, product, form.getQuantity(), form.getReason());
        }
        return queries.movement(queries.lastMovementId(product, warehouse));
    }

    private boolean exists(String table, long id) {
        return Boolean.TRUE.equals(jdbc.sql("select exists(select 1 from " + table + " where id = ?)").param(id)
                .query(Boolean.class).single());
    }
}
