package org.kehu.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.ProductManagement;
import org.kehu.catalog.internal.CatalogAdmin;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryEntry;
import org.kehu.dictionary.DictionaryType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the catalogue and inventory pages share: categories, units and warehouses for selects and labels. */
@Component
class CatalogPageSupport {

    private final ProductManagement products;
    private final CatalogAdmin admin;
    private final Dictionary dictionary;

    CatalogPageSupport(ProductManagement products, CatalogAdmin admin, Dictionary dictionary) {
        this.products = products;
        this.admin = admin;
        this.dictionary = dictionary;
    }

    /** {@code categories} (list), {@code categoryNames} (id to name), {@code unitNames} (code to label). */
    void labels(Model model) {
        var locale = LocaleContextHolder.getLocale();
        var categories = products.categories();
        Map<Long, String> names = new LinkedHashMap<>();
        for (CategoryInfo c : categories) {
            names.put(c.id(), c.name(locale));
        }
        Map<String, String> units = unitNames();
        model.addAttribute("categories", categories);
        model.addAttribute("categoryNames", names);
        model.addAttribute("unitNames", units);
        model.addAttribute("units", dictionary.enabledEntries(DictionaryType.PRODUCT_UNIT));
        model.addAttribute("movementKinds", org.kehu.catalog.Inventory.Movement.values());
    }

    /** Unit code to label in the user's language. */
    Map<String, String> unitNames() {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> units = new LinkedHashMap<>();
        for (DictionaryEntry e : dictionary.entries(DictionaryType.PRODUCT_UNIT)) {
            units.put(e.code(), e.label(locale));
        }
        return units;
    }

    void warehouses(Model model) {
        model.addAttribute("warehouses", admin.warehouses());
    }

    CatalogAdmin admin() {
        return admin;
    }
}
