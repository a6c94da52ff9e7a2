package org.kehu.catalog.web;

import java.math.BigDecimal;

import org.kehu.catalog.ProductDetails;
import org.kehu.catalog.ProductInput;
import org.kehu.catalog.ProductManagement;
import org.kehu.catalog.internal.MovementFilter;
import org.kehu.catalog.internal.ProductQueries;
import org.kehu.catalog.internal.StockQueries;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
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
 * The product page (details, components, option groups, stock per warehouse, last movements), the create and edit
 * forms, and the small forms that add and remove components, option groups and options.
 */
@Controller
@PreAuthorize("hasAuthority('product.view')")
class ProductPageController {

    private final ProductManagement products;
    private final ProductQueries productQueries;
    private final StockQueries stock;
    private final CatalogPageSupport support;
    private final Messages messages;
    private final UserDirectory users;

    private final java.util.List<org.kehu.catalog.ProductPageSection> sections;

    ProductPageController(ProductManagement products, ProductQueries productQueries, StockQueries stock,
            CatalogPageSupport support, Messages messages, UserDirectory users,
            java.util.List<org.kehu.catalog.ProductPageSection> sections) {
        this.users = users;
        this.sections = sections;
        this.products = products;
        this.productQueries = productQueries;
        this.stock = stock;
        this.support = support;
        this.messages = messages;
    }

    @GetMapping("/products/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        ProductDetails p = products.get(id);
        model.addAttribute("product", p);
        // Stock and its movements (who took what out, and why) are the inventory's, not every product reader's.
        if (users.requireCurrentUser().can(Permission.INVENTORY_VIEW)) {
            model.addAttribute("stock", stock.ofProduct(id));
            MovementFilter filter = new MovementFilter();
            filter.setProduct(id);
            model.addAttribute("movements", stock.movements(filter, null, 10).items());
        }
        model.addAttribute("parts", productQueries.all());
        var user = users.requireCurrentUser();
        model.addAttribute("sections", sections.stream().filter(section -> section.visibleTo(user)).toList());
        support.labels(model);
        return "catalog/product-show";
    }

    @GetMapping("/products/new")
    @PreAuthorize("hasAuthority('product.edit')")
    String newForm(Model model) {
        model.addAttribute("productForm", new ProductInput());
        return form(model, null);
    }

    @PostMapping("/products")
    @PreAuthorize("hasAuthority('product.edit')")
    String create(@ModelAttribute("productForm") ProductInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            ProductDetails created = products.create(form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/products/" + created.id();
        }, () -> form(model, null));
    }

    @GetMapping("/products/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('product.edit')")
    String editForm(@PathVariable long id, Model model) {
        ProductDetails p = products.get(id);
        model.addAttribute("productForm", ProductInput.of(p));
        return form(model, p);
    }

    @PostMapping("/products/{id:\\d+}")
    @PreAuthorize("hasAuthority('product.edit')")
    String update(@PathVariable long id, @ModelAttribute("productForm") ProductInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ProductDetails current = products.get(id);
        return FormSubmission.save(binding, model, () -> {
            products.update(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/products/" + id;
        }, () -> form(model, current));
    }

    @PostMapping("/products/{id:\\d+}/components")
    @PreAuthorize("hasAuthority('product.edit')")
    String addComponent(@PathVariable long id, @RequestParam(required = false) Long partProductId,
            @RequestParam(required = false) String partName, @RequestParam(required = false) String quantity,
            RedirectAttributes redirect) {
        return outcome(id, redirect, "componentErrors",
                () -> products.addComponent(id, partProductId, partName, number(quantity, "quantity")));
    }

    @PostMapping("/products/{id:\\d+}/components/{componentId:\\d+}/delete")
    @PreAuthorize("hasAuthority('product.edit')")
    String removeComponent(@PathVariable long id, @PathVariable long componentId, RedirectAttributes redirect) {
        return outcome(id, redirect, "componentErrors", () -> products.removeComponent(id, componentId));
    }

    @PostMapping("/products/{id:\\d+}/option-groups")
    @PreAuthorize("hasAuthority('product.edit')")
    String addOptionGroup(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        return outcome(id, redirect, "groupErrors", () -> products.addOptionGroup(id, name, required));
    }

    @PostMapping("/products/{id:\\d+}/option-groups/{groupId:\\d+}/delete")
    @PreAuthorize("hasAuthority('product.edit')")
    String removeOptionGroup(@PathVariable long id, @PathVariable long groupId, RedirectAttributes redirect) {
        return outcome(id, redirect, "groupErrors", () -> products.removeOptionGroup(id, groupId));
    }

    @PostMapping("/products/{id:\\d+}/option-groups/{groupId:\\d+}/options")
    @PreAuthorize("hasAuthority('product.edit')")
    String addOption(@PathVariable long id, @PathVariable long groupId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String priceDelta, RedirectAttributes redirect) {
        return outcome(id, redirect, "optionErrors",
                () -> products.addOption(id, groupId, name, number(priceDelta, "priceDelta")));
    }

    @PostMapping("/products/{id:\\d+}/options/{optionId:\\d+}/delete")
    @PreAuthorize("hasAuthority('product.edit')")
    String removeOption(@PathVariable long id, @PathVariable long optionId, RedirectAttributes redirect) {
        return outcome(id, redirect, "groupErrors", () -> products.removeOption(id, optionId));
    }

    private String outcome(long id, RedirectAttributes redirect, String errorsAttribute, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(errorsAttribute, messages.texts(e.fieldErrors()));
        }
        return "redirect:/products/" + id;
    }

    /** A number typed into a small form; text that is not one is reported beside the field. */
    private static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "catalog.error.not-a-number");
        }
    }

    private String form(Model model, ProductDetails existing) {
        support.labels(model);
        model.addAttribute("existing", existing);
        return "catalog/product-form";
    }
}
