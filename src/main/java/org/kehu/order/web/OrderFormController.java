package org.kehu.order.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kehu.catalog.Inventory;
import org.kehu.catalog.ProductCatalog;
import org.kehu.catalog.ProductInfo;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerManagement;
import org.kehu.order.OrderDetails;
import org.kehu.order.OrderInput;
import org.kehu.order.OrderLineInput;
import org.kehu.order.OrderManagement;
import org.kehu.order.OrderMath;
import org.kehu.shared.web.FormSubmission;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order form, for a new order (from a customer: {@code /orders/new?customer=ID}) and for a pending one,
 * with its line editor: htmx adds a line, finds a product and fills its price; a line is removed in the page.
 */
@Controller
class OrderFormController {

    private final OrderManagement orders;
    private final CustomerManagement customers;
    private final ProductCatalog catalog;
    private final Inventory inventory;
    private final Messages messages;

    OrderFormController(OrderManagement orders, CustomerManagement customers, ProductCatalog catalog,
            Inventory inventory, Messages messages) {
        this.orders = orders;
        this.customers = customers;
        this.catalog = catalog;
        this.inventory = inventory;
        this.messages = messages;
    }

    @GetMapping("/orders/new")
    @PreAuthorize("hasAuthority('order.create')")
    String newForm(@RequestParam(name = "customer", required = false) Long customerId, Model model) {
        OrderInput form = new OrderInput();
        form.setCustomerId(customerId);
        form.setOrderDate(java.time.LocalDate.now(org.kehu.shared.BusinessTime.ZONE));
        form.getLines().add(new OrderLineInput());
        model.addAttribute("form", form);
        return form(model, null, null);
    }

    @PostMapping("/orders")
    @PreAuthorize("hasAuthority('order.create')")
    String create(@ModelAttribute("form") OrderInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            OrderDetails created = orders.create(form);
            redirect.addFlashAttribute("flash", messages.text("order.created", created.number()));
            return "redirect:/orders/" + created.id();
        }, () -> form(model, null, binding));
    }

    @GetMapping("/orders/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('order.edit')")
    String editForm(@PathVariable long id, Model model) {
        OrderDetails order = orders.get(id);
        OrderInput form = new OrderInput();
        form.setCustomerId(order.customerId());
        form.setOrderDate(order.orderDate());
        form.setDeliveryAddress(order.deliveryAddress());
        form.setWarehouseId(order.warehouseId());
        form.setPromisedDate(order.promisedDate());
        form.setNote(order.note());
        form.setVersion(order.version());
        order.lines().forEach(l -> form.getLines()
                .add(new OrderLineInput(l.productId(), l.quantity().stripTrailingZeros(), l.unitPrice(), l.discount())));
        model.addAttribute("form", form);
        return form(model, order, null);
    }

    @PostMapping("/orders/{id:\\d+}")
    @PreAuthorize("hasAuthority('order.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") OrderInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrderDetails existing = orders.get(id);
        return FormSubmission.save(binding, model, () -> {
            orders.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/orders/" + id;
        }, () -> form(model, existing, binding));
    }

    /** One row of the line editor: a new blank one, or one with a product chosen (its price filled in). */
    @GetMapping("/orders/line")
    @PreAuthorize("hasAuthority('order.create') or hasAuthority('order.edit')")
    String line(@RequestParam int index, @RequestParam(required = false) Long productId,
            @RequestParam Map<String, String> params, Model model) {
        OrderLineInput line = new OrderLineInput();
        String prefix = "lines[" + index + "].";
        line.setQuantity(decimal(params.get(prefix + "quantity")));
        line.setDiscount(decimal(params.get(prefix + "discount")));
        if (productId != null) {
            ProductInfo product = catalog.find(productId).orElse(null);
            if (product != null) {
                line.setProductId(product.id());
                line.setUnitPrice(product.price());
                if (line.getQuantity() == null) {
                    line.setQuantity(BigDecimal.ONE);
                }
                model.addAttribute("products", Map.of(product.id(), product));
            }
        }
        line.setUnitPrice(line.getUnitPrice() == null ? decimal(params.get(prefix + "unitPrice")) : line.getUnitPrice());
        int i = Math.max(0, Math.min(index, 200));
        model.addAttribute("line", line);
        model.addAttribute("i", i);
        Map<Integer, BigDecimal> amounts = new java.util.HashMap<>();
        amounts.put(i, amount(line));
        model.addAttribute("amounts", amounts);
        model.addAttribute("errors", Map.of());
        model.addAttribute("products", model.getAttribute("products") == null ? Map.of() : model.getAttribute("products"));
        return "order/form :: line";
    }

    /**
     * Products on sale matching the text (code, name, model or pinyin initials), as buttons that put the
     * product into line {@code index}; each with its price and what is available in the chosen warehouse.
     */
    @GetMapping("/orders/products")
    @PreAuthorize("hasAuthority('order.create') or hasAuthority('order.edit')")
    String products(@RequestParam int index, @RequestParam(required = false) Long warehouseId,
            @RequestParam Map<String, String> params, Model model) {
        String q = params.getOrDefault("q", params.get("lines[" + index + "].search"));
        List<ProductInfo> found = q == null || q.isBlank() ? List.of() : catalog.search(q, 10);
        model.addAttribute("found", found);
        model.addAttribute("available", warehouseId == null ? null
                : inventory.available(found.stream().map(ProductInfo::id).toList(), warehouseId));
        model.addAttribute("i", index);
        return "order/form :: product-options";
    }

    private String form(Model model, OrderDetails existing, BindingResult binding) {
        OrderInput form = (OrderInput) model.getAttribute("form");
        model.addAttribute("existing", existing);
        CustomerDetails customer = form.getCustomerId() == null ? null : customers.get(form.getCustomerId());
        model.addAttribute("customer", customer);
        if (customer != null && form.getDeliveryAddress() == null && existing == null) {
            form.setDeliveryAddress(customer.address());
        }
        model.addAttribute("warehouses", catalog.warehouses());
        List<Long> ids = form.getLines().stream().filter(Objects::nonNull).map(OrderLineInput::getProductId)
                .filter(Objects::nonNull).toList();
        model.addAttribute("products", catalog.find(ids));
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            OrderLineInput l = form.getLines().get(i);
            if (l != null && (!l.isBlank() || form.getLines().size() == 1)) {
                rows.add(i);
            }
        }
        model.addAttribute("rows", rows);
        // The server's amounts, shown when the page loads; order-form.js keeps them up to date as the user types.
        Map<Integer, BigDecimal> amounts = new java.util.HashMap<>();
        for (int i : rows) {
            amounts.put(i, amount(form.getLines().get(i)));
        }
        model.addAttribute("amounts", amounts);
        model.addAttribute("total", OrderMath.total(amounts.values().stream().filter(Objects::nonNull).toList()));
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> formErrors = new ArrayList<>();
        if (binding != null) {
            binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), messages.text(
                    e.getCode() != null && e.getCode().startsWith("typeMismatch") ? "order.error.number" : e.getCode())));
            binding.getGlobalErrors().forEach(e -> formErrors.add(messages.text(e.getCode())));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("formErrors", formErrors);
        return "order/form";
    }

    /** The line's amount by the order's own arithmetic, or null while quantity or price is missing. */
    private static BigDecimal amount(OrderLineInput line) {
        return line.getQuantity() == null || line.getUnitPrice() == null ? null
                : OrderMath.lineAmount(line.getQuantity(), line.getUnitPrice(), line.getDiscount());
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
