package org.kehu.catalog.web;

import org.kehu.catalog.internal.Warehouse;
import org.kehu.catalog.internal.WarehouseForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin of warehouses: the list, create and edit. */
@Controller
@PreAuthorize("hasAuthority('inventory.view')")
class WarehouseController {

    private final CatalogPageSupport support;
    private final Messages messages;

    WarehouseController(CatalogPageSupport support, Messages messages) {
        this.support = support;
        this.messages = messages;
    }

    @GetMapping("/inventory/warehouses")
    String list(Model model) {
        support.warehouses(model);
        return "inventory/warehouses";
    }

    @GetMapping("/inventory/warehouses/new")
    @PreAuthorize("hasAuthority('inventory.edit')")
    String newForm(Model model) {
        model.addAttribute("form", new WarehouseForm());
        return form(model, null);
    }

    @GetMapping("/inventory/warehouses/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('inventory.edit')")
    String editForm(@PathVariable long id, Model model) {
        Warehouse w = support.admin().warehouse(id);
        model.addAttribute("form", WarehouseForm.of(w));
        return form(model, w);
    }

    @PostMapping("/inventory/warehouses")
    @PreAuthorize("hasAuthority('inventory.edit')")
    String create(@ModelAttribute("form") WarehouseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            support.admin().saveWarehouse(null, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/inventory/warehouses";
        }, () -> form(model, null));
    }

    @PostMapping("/inventory/warehouses/{id:\\d+}")
    @PreAuthorize("hasAuthority('inventory.edit')")
    String update(@PathVariable long id, @ModelAttribute("form") WarehouseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Warehouse current = support.admin().warehouse(id);
        return FormSubmission.save(binding, model, () -> {
            support.admin().saveWarehouse(id, form);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/inventory/warehouses";
        }, () -> form(model, current));
    }

    private String form(Model model, Warehouse existing) {
        model.addAttribute("existing", existing);
        return "inventory/warehouse-form";
    }
}
