package org.kehu.catalog.web;

import java.io.IOException;
import java.time.LocalDate;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.catalog.internal.InventoryExportWriter;
import org.kehu.catalog.internal.MovementFilter;
import org.kehu.catalog.internal.MovementForm;
import org.kehu.catalog.internal.ProductQueries;
import org.kehu.catalog.internal.StockFilter;
import org.kehu.catalog.internal.StockMovements;
import org.kehu.catalog.internal.StockQueries;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.CsvDownload;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.kehu.shared.paging.Cursor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The inventory pages: stock per product and warehouse, what is below its threshold, the movement history with
 * its CSV export, and the form that records a movement in, out or an adjustment.
 */
@Controller
@PreAuthorize("hasAuthority('inventory.view')")
class InventoryController {

    static final int PAGE_SIZE = 30;

    private final StockQueries stock;
    private final StockMovements movements;
    private final ProductQueries products;
    private final InventoryExportWriter exports;
    private final CatalogPageSupport support;
    private final Messages messages;

    InventoryController(StockQueries stock, StockMovements movements, ProductQueries products,
            InventoryExportWriter exports, CatalogPageSupport support, Messages messages) {
        this.stock = stock;
        this.movements = movements;
        this.products = products;
        this.exports = exports;
        this.support = support;
        this.messages = messages;
    }

    @GetMapping("/inventory")
    String levels(@ModelAttribute("filter") StockFilter filter, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        model.addAttribute("page", stock.levels(filter, after, PAGE_SIZE));
        model.addAttribute("after", Cursor.given(after) ? after : null);
        model.addAttribute("query", filter.toQueryString());
        support.labels(model);
        support.warehouses(model);
        if (htmx.isHtmxRequest() && "stock-rows".equals(htmx.getTarget())) {
            return "inventory/stock :: rows";
        }
        return "inventory/stock";
    }

    @GetMapping("/inventory/below")
    String below(@RequestParam(required = false) Long category, Model model) {
        model.addAttribute("rows", stock.belowThreshold(category));
        model.addAttribute("category", category);
        support.labels(model);
        return "inventory/below";
    }

    @GetMapping("/inventory/below/export")
    void exportBelow(@RequestParam(required = false) Long category, HttpServletResponse response) throws IOException {
        exports.writeBelow(category, support.unitNames(),
                CsvDownload.start(response, "below-threshold-" + LocalDate.now() + ".csv"));
    }

    @GetMapping("/inventory/movements")
    String history(@ModelAttribute("filter") MovementFilter filter, @RequestParam(required = false) String after,
            HtmxRequest htmx, Model model) {
        model.addAttribute("page", stock.movements(filter, after, PAGE_SIZE));
        model.addAttribute("after", Cursor.given(after) ? after : null);
        model.addAttribute("query", filter.toQueryString());
        model.addAttribute("products", products.all());
        support.labels(model);
        support.warehouses(model);
        if (htmx.isHtmxRequest() && "movement-rows".equals(htmx.getTarget())) {
            return "inventory/movements :: rows";
        }
        return "inventory/movements";
    }

    @GetMapping("/inventory/movements/export")
    void export(@ModelAttribute MovementFilter filter, HttpServletResponse response) throws IOException {
        exports.write(filter, CsvDownload.start(response, "stock-movements-" + LocalDate.now() + ".csv"));
    }

    @GetMapping("/inventory/export")
    void exportLevels(@ModelAttribute StockFilter filter, HttpServletResponse response) throws IOException {
        exports.writeLevels(filter, support.unitNames(), CsvDownload.start(response, "stock-" + LocalDate.now() + ".csv"));
    }

    @GetMapping("/inventory/movements/new")
    @PreAuthorize("hasAuthority('inventory.edit')")
    String newMovement(@RequestParam(required = false) Long productId, @RequestParam(required = false) Long warehouseId,
            Model model) {
        MovementForm form = new MovementForm();
        form.setKind(MovementForm.Kind.IN.name());
        form.setProductId(productId);
        form.setWarehouseId(warehouseId);
        model.addAttribute("movement", form);
        return movementForm(model);
    }

    /** What is on hand, reserved and available of the chosen product in the chosen warehouse, beside the form. */
    @GetMapping("/inventory/movements/level")
    String level(@RequestParam(required = false) Long productId, @RequestParam(required = false) Long warehouseId,
            Model model) {
        model.addAttribute("level", productId == null || warehouseId == null ? null
                : stock.ofProduct(productId).stream().filter(s -> s.warehouseId() == warehouseId).findFirst().orElse(null));
        support.labels(model);
        return "inventory/movement-form :: level";
    }

    @PostMapping("/inventory/movements")
    @PreAuthorize("hasAuthority('inventory.edit')")
    String record(@ModelAttribute("movement") MovementForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            org.kehu.catalog.internal.MovementRow done;
            try {
                done = movements.record(form);
            } catch (RuleViolationException e) {
                binding.rejectValue("quantity", e.messageKey(), e.args(), e.getMessage());
                return movementForm(model);
            }
            redirect.addFlashAttribute("flash", messages.text("inventory.movement.recorded"));
            // Back to the stock page showing the product just moved, so that the user sees the new level.
            return "redirect:/inventory?q=" + java.net.URLEncoder.encode(done.productCode(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }, () -> movementForm(model));
    }

    private String movementForm(Model model) {
        MovementForm form = (MovementForm) model.getAttribute("movement");
        if (form != null && form.getProductId() != null && form.getWarehouseId() != null) {
            long warehouse = form.getWarehouseId();
            model.addAttribute("level", stock.ofProduct(form.getProductId()).stream()
                    .filter(s -> s.warehouseId() == warehouse).findFirst().orElse(null));
        }
        model.addAttribute("products", products.all());
        support.labels(model);
        support.warehouses(model);
        return "inventory/movement-form";
    }
}
