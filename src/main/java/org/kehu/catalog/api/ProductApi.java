package org.kehu.catalog.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.ProductDetails;
import org.kehu.catalog.ProductFilter;
import org.kehu.catalog.ProductInput;
import org.kehu.catalog.ProductListing;
import org.kehu.catalog.ProductManagement;
import org.kehu.catalog.ProductRow;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.catalog.internal.StockQueries;
import org.kehu.catalog.internal.StockRow;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Products, their components and option groups, over REST. */
@RestController
@RequestMapping("/api/v1/products")
@PreAuthorize("hasAuthority('product.view')")
@Tag(name = "Products", description = "Catalogue: products, categories, components, option groups with price differences")
class ProductApi {

    private final ProductManagement products;
    private final ProductListing listing;
    private final StockQueries stock;

    ProductApi(ProductManagement products, ProductListing listing, StockQueries stock) {
        this.products = products;
        this.listing = listing;
        this.stock = stock;
    }

    /** A component to add: a catalogue product ({@code partProductId}) or a named part, and how many. */
    record ComponentRequest(Long partProductId, String partName, BigDecimal quantity) {
    }

    record OptionGroupRequest(String name, Boolean required) {
    }

    record OptionRequest(String name, BigDecimal priceDelta) {
    }

    @GetMapping
    @Operation(summary = "List products", description = "q (code, name or model contains), category (id), status "
            + "(ON_SALE, DISCONTINUED); keyset paging by code: pass `next` as `after`, `previous` as `before`.")
    KeysetPage<ProductRow> list(@ModelAttribute ProductFilter filter,
            @Parameter(description = "cursor of the page's predecessor (its `next`)") @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(defaultValue = "50") int size) {
        return listing.page(filter, after, before, size);
    }

    @GetMapping("/categories")
    @Operation(summary = "The product categories")
    List<CategoryInfo> categories() {
        return products.categories();
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('product.export')")
    @Operation(summary = "Export the filtered products", description = "format=csv or xlsx; streamed")
    void export(@ModelAttribute ProductFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        TableExport.Format f = ExportDownload.format(format, "catalog.error.export-format");
        listing.export(filter, f, ExportDownload.start(response, f, "products-" + LocalDate.now()));
        response.flushBuffer();
    }

    @GetMapping("/{id}")
    ProductDetails get(@PathVariable long id) {
        return products.get(id);
    }

    @GetMapping("/{id}/stock")
    @PreAuthorize("hasAuthority('inventory.view')")
    @Operation(summary = "Stock of the product in every warehouse")
    List<StockRow> stock(@PathVariable long id) {
        products.get(id);
        return stock.ofProduct(id);
    }

    @PostMapping
    @Operation(summary = "Create a product", description = "400 naming the fields for bad input (negative price, "
            + "unknown unit or category, code taken)")
    ResponseEntity<ProductDetails> create(@RequestBody ProductInput input) {
        ProductDetails created = products.create(input);
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a product", description = "`version` is required; a stale version answers 409")
    ProductDetails update(@PathVariable long id, @RequestBody ProductInput input) {
        return products.update(id, input);
    }

    @PostMapping("/{id}/components")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a component", description = "quantity > 0; partProductId or partName")
    Map<String, Long> addComponent(@PathVariable long id, @RequestBody ComponentRequest request) {
        return Map.of("id", products.addComponent(id, request.partProductId(), request.partName(), request.quantity()));
    }

    @DeleteMapping("/{id}/components/{componentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeComponent(@PathVariable long id, @PathVariable long componentId) {
        products.removeComponent(id, componentId);
    }

    @PostMapping("/{id}/option-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an option group")
    Map<String, Long> addOptionGroup(@PathVariable long id, @RequestBody OptionGroupRequest request) {
        return Map.of("id", products.addOptionGroup(id, request.name(), !Boolean.FALSE.equals(request.required())));
    }

    @DeleteMapping("/{id}/option-groups/{groupId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeOptionGroup(@PathVariable long id, @PathVariable long groupId) {
        products.removeOptionGroup(id, groupId);
    }

    @PostMapping("/{id}/option-groups/{groupId}/options")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an option", description = "priceDelta is signed: +3800 or -1200")
    Map<String, Long> addOption(@PathVariable long id, @PathVariable long groupId, @RequestBody OptionRequest request) {
        return Map.of("id", products.addOption(id, groupId, request.name(), request.priceDelta()));
    }

    @DeleteMapping("/{id}/options/{optionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeOption(@PathVariable long id, @PathVariable long optionId) {
        products.removeOption(id, optionId);
    }
}
