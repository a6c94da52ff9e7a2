package org.kehu.order.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.kehu.customer.AttachmentFile;
import org.kehu.order.ContractInfo;
import org.kehu.order.OrderDetails;
import org.kehu.order.OrderFilter;
import org.kehu.order.OrderInput;
import org.kehu.order.OrderListing;
import org.kehu.order.OrderManagement;
import org.kehu.order.OrderRow;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.order.StatusChange;
import org.kehu.order.TrackingEvent;
import org.kehu.order.TrackingInput;
import org.kehu.order.web.OrderExports;
import org.kehu.shared.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Orders over REST. The caller's data scope applies to the order's owner: an id outside it answers 404.
 * Steps of the flow answer 409 with the reason when out of order or when stock is short; bad lines answer 400
 * naming {@code lines[i].quantity}, {@code lines[i].unitPrice} or {@code lines[i].discount}. Steps take an
 * optional {@code version}: when given and stale, 409.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Orders with lines, the order flow, tracking and contracts")
class OrderApi {

    private final OrderManagement orders;
    private final OrderListing listing;

    OrderApi(OrderManagement orders, OrderListing listing) {
        this.orders = orders;
        this.listing = listing;
    }

    @GetMapping
    @Operation(summary = "List orders", description = "Filters status, month (yyyy-MM), customer, owner, q (number prefix or customer name); newest first; keyset paging: pass `next` as `after`.")
    KeysetPage<OrderRow> list(@RequestParam(required = false) String status, @RequestParam(required = false) String month,
            @RequestParam(required = false) Long customer, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return listing.page(new OrderFilter(status, month, customer, owner, q), after, size);
    }

    @GetMapping("/export")
    @Operation(summary = "Export the filtered orders", description = "format=csv or xlsx; streamed")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String month,
            @RequestParam(required = false) Long customer, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        OrderExports.write(listing, new OrderFilter(status, month, customer, owner, q), format, response);
    }

    @PostMapping
    @Operation(summary = "Create an order with its lines", description = "Pending; unit price defaults to the product's price, discount in % (0–100)")
    ResponseEntity<OrderDetails> create(@RequestBody OrderInput input) {
        OrderDetails created = orders.create(input);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    OrderDetails get(@PathVariable long id) {
        return orders.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a pending order", description = "`version` is required; a stale version or a non-pending order answers 409")
    OrderDetails update(@PathVariable long id, @RequestBody OrderInput input) {
        return orders.update(id, input);
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm and reserve the stock", description = "409 naming the product and what is available when short")
    OrderDetails confirm(@PathVariable long id, @RequestParam(required = false) Long version) {
        return orders.confirm(id, version);
    }

    @PostMapping("/{id}/start-production")
    OrderDetails startProduction(@PathVariable long id, @RequestParam(required = false) Long version) {
        return orders.startProduction(id, version);
    }

    @PostMapping("/{id}/ship")
    @Operation(summary = "Ship a confirmed or in-production order", description = "Its reserved stock leaves the warehouse")
    OrderDetails ship(@PathVariable long id, @RequestParam(required = false) Long version) {
        return orders.ship(id, version);
    }

    @PostMapping("/{id}/deliver")
    OrderDetails deliver(@PathVariable long id, @RequestParam(required = false) Long version) {
        return orders.deliver(id, version);
    }

    @PostMapping("/{id}/complete")
    OrderDetails complete(@PathVariable long id, @RequestParam(required = false) Long version) {
        return orders.complete(id, version);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel before shipping", description = "A confirmed order's reservation is released")
    OrderDetails cancel(@PathVariable long id, @RequestParam(required = false) Long version) {
        return orders.cancel(id, version);
    }

    @GetMapping("/{id}/history")
    List<StatusChange> history(@PathVariable long id) {
        return orders.history(id);
    }

    @GetMapping("/{id}/tracking")
    @Operation(summary = "Tracking events, newest first")
    List<TrackingEvent> tracking(@PathVariable long id) {
        return orders.tracking(id);
    }

    @PostMapping("/{id}/tracking")
    @Operation(summary = "Record where the goods are", description = "occurredAt is local time in China, e.g. 2026-03-01T10:30; empty means now")
    ResponseEntity<TrackingEvent> addTracking(@PathVariable long id, @RequestBody TrackingInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(orders.addTracking(id, input));
    }

    @GetMapping("/{id}/contracts")
    List<ContractInfo> contracts(@PathVariable long id) {
        return orders.contracts(id);
    }

    @PostMapping("/{id}/contracts")
    ResponseEntity<ContractInfo> addContract(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(orders.addContract(id, file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @GetMapping("/{id}/contracts/{contractId}")
    ResponseEntity<byte[]> contract(@PathVariable long id, @PathVariable long contractId) {
        AttachmentFile file = orders.contract(id, contractId);
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }

    @DeleteMapping("/{id}/contracts/{contractId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteContract(@PathVariable long id, @PathVariable long contractId) {
        orders.deleteContract(id, contractId);
    }
}
