package org.kehu.catalog.api;

import java.util.List;

import org.kehu.catalog.internal.BelowThresholdRow;
import org.kehu.catalog.internal.CatalogAdmin;
import org.kehu.catalog.internal.MovementFilter;
import org.kehu.catalog.internal.MovementForm;
import org.kehu.catalog.internal.MovementRow;
import org.kehu.catalog.internal.StockFilter;
import org.kehu.catalog.internal.StockMovements;
import org.kehu.catalog.internal.StockQueries;
import org.kehu.catalog.internal.StockRow;
import org.kehu.catalog.internal.Warehouse;
import org.kehu.catalog.internal.WarehouseForm;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Stock levels, movements and warehouses over REST. */
@RestController
@RequestMapping("/api/v1/inventory")
@PreAuthorize("hasAuthority('inventory.view')")
@Tag(name = "Inventory", description = "Stock per product and warehouse, movements in, out and adjustments, warehouses")
class InventoryApi {

    private final StockQueries stock;
    private final StockMovements movements;
    private final CatalogAdmin admin;

    InventoryApi(StockQueries stock, StockMovements movements, CatalogAdmin admin) {
        this.stock = stock;
        this.movements = movements;
        this.admin = admin;
    }

    /** A warehouse as the API shows it. */
    record WarehouseResource(long id, String code, String name, String address, int sortOrder, long version) {
        static WarehouseResource of(Warehouse w) {
            return new WarehouseResource(w.getId(), w.getCode(), w.getName(), w.getAddress(), w.getSortOrder(),
                    w.getVersion());
        }
    }

    @GetMapping
    @Operation(summary = "Stock levels per product and warehouse", description = "Filters q, warehouse, category, "
            + "below=true (available over all warehouses below the product's threshold); pass `next` as `after`.")
    KeysetPage<StockRow> levels(@ModelAttribute StockFilter filter, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") int size) {
        return stock.levels(filter, after, PageBounds.size(size, 500));
    }

    @GetMapping("/below-threshold")
    @Operation(summary = "Products on sale whose available stock is below their low-stock threshold")
    List<BelowThresholdRow> below(@RequestParam(required = false) Long category) {
        return stock.belowThreshold(category);
    }

    @GetMapping("/movements")
    @Operation(summary = "Stock movements, newest first", description = "Filters product, warehouse, kind; pass `next` as `after`.")
    KeysetPage<MovementRow> movements(@ModelAttribute MovementFilter filter, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") int size) {
        return stock.movements(filter, after, PageBounds.size(size, 500));
    }

    @PostMapping("/movements")
    @PreAuthorize("hasAuthority('inventory.edit')")
    @Operation(summary = "Record a movement", description = "kind IN, OUT or ADJUST; quantity > 0 (ADJUST: signed, not 0); "
            + "reason required for OUT and ADJUST; 409 when stock would go below zero or below what is reserved")
    ResponseEntity<MovementRow> record(@RequestBody MovementForm request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(movements.record(request));
    }

    @GetMapping("/warehouses")
    List<WarehouseResource> warehouses() {
        return admin.warehouses().stream().map(WarehouseResource::of).toList();
    }

    @PostMapping("/warehouses")
    @PreAuthorize("hasAuthority('inventory.edit')")
    ResponseEntity<WarehouseResource> createWarehouse(@RequestBody WarehouseForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(WarehouseResource.of(admin.saveWarehouse(null, form)));
    }

    @PutMapping("/warehouses/{id}")
    @PreAuthorize("hasAuthority('inventory.edit')")
    @Operation(summary = "Update a warehouse", description = "`version` is required; a stale version answers 409")
    WarehouseResource updateWarehouse(@PathVariable long id, @RequestBody WarehouseForm form) {
        return WarehouseResource.of(admin.saveWarehouse(id, form));
    }
}
