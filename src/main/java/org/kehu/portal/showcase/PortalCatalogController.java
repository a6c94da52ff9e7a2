package org.kehu.portal.showcase;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.catalog.CategoryInfo;
import org.kehu.catalog.PublicCatalog;
import org.kehu.catalog.PublicProduct;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.portal.configure.ShownConfigurations;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's public catalogue pages: products on sale by category, products customers configured and chose to
 * show, concept products and the DIY designs staff recommended. No login; what is not published is not found.
 */
@Controller
class PortalCatalogController {

    private final PublicCatalog catalog;
    private final Concepts concepts;
    private final DiyDesigns designs;
    private final ShowcaseFiles files;
    private final Dictionary dictionary;
    private final ShownConfigurations configured;

    PortalCatalogController(PublicCatalog catalog, Concepts concepts, DiyDesigns designs, ShowcaseFiles files,
            Dictionary dictionary, ShownConfigurations configured) {
        this.catalog = catalog;
        this.configured = configured;
        this.concepts = concepts;
        this.designs = designs;
        this.files = files;
        this.dictionary = dictionary;
    }

    @GetMapping("/portal/catalog/products")
    String products(@RequestParam(required = false) String category, Model model) {
        List<CategoryInfo> categories = catalog.categories();
        Long selected = categories.stream().filter(c -> String.valueOf(c.id()).equals(category)).map(CategoryInfo::id)
                .findFirst().orElse(null);
        List<PublicProduct> products = catalog.onSale().stream()
                .filter(p -> selected == null || p.categoryId() == selected).toList();
        Map<Long, List<PublicProduct>> byCategory = products.stream()
                .collect(Collectors.groupingBy(PublicProduct::categoryId, java.util.LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("categories", categories);
        model.addAttribute("categoryNames", categories.stream().collect(Collectors.toMap(CategoryInfo::id,
                c -> c.name(LocaleContextHolder.getLocale()))));
        model.addAttribute("selected", selected);
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("pictures", files.firstImages(FileOwner.PRODUCT, products.stream().map(PublicProduct::id).toList()));
        return "portal/products";
    }

    @GetMapping("/portal/catalog/products/{code}")
    String product(@PathVariable String code, Model model) {
        PublicProduct product = catalog.onSale(code).orElseThrow(() -> new RecordNotFoundException("Product", code));
        model.addAttribute("product", product);
        model.addAttribute("categoryName", catalog.categories().stream().filter(c -> c.id() == product.categoryId())
                .map(c -> c.name(LocaleContextHolder.getLocale())).findFirst().orElse(""));
        model.addAttribute("paragraphs", Paragraphs.of(product.description()));
        model.addAttribute("unit", dictionary.label(DictionaryType.PRODUCT_UNIT, product.unitCode()));
        model.addAttribute("images", files.list(FileOwner.PRODUCT, product.id()).stream().filter(StoredFile::isImage).toList());
        model.addAttribute("configurable", catalog.isConfigurable(product.code()));
        return "portal/product";
    }

    /** Products customers configured and chose to show: the product and the options, never the customer. */
    @GetMapping("/portal/catalog/configured")
    String configured(Model model) {
        model.addAttribute("configured", configured.newest(60));
        return "portal/configured";
    }

    @GetMapping("/portal/catalog/concepts")
    String concepts(Model model) {
        List<Concept> list = concepts.published();
        model.addAttribute("concepts", list);
        model.addAttribute("pictures", files.firstImages(FileOwner.CONCEPT, list.stream().map(Concept::id).toList()));
        return "portal/concepts";
    }

    @GetMapping("/portal/catalog/concepts/{id:\\d+}")
    String concept(@PathVariable long id, Model model) {
        model.addAttribute("concept", concepts.published(id).orElseThrow(() -> new RecordNotFoundException("Concept", id)));
        model.addAttribute("images", files.list(FileOwner.CONCEPT, id).stream().filter(StoredFile::isImage).toList());
        return "portal/concept";
    }

    @GetMapping("/portal/catalog/designs")
    String designs(Model model) {
        List<DiyDesignRow> list = designs.recommended(60);
        model.addAttribute("designs", list);
        model.addAttribute("pictures", files.firstImages(FileOwner.DIY, list.stream().map(DiyDesignRow::id).toList()));
        return "portal/designs";
    }

    @GetMapping("/portal/catalog/designs/{id:\\d+}")
    String design(@PathVariable long id, Model model) {
        model.addAttribute("design", designs.recommended(id).orElseThrow(() -> new RecordNotFoundException("DIY design", id)));
        // Only the pictures: drawings and CAD files are the customer's and engineering's, not the public's.
        model.addAttribute("images", files.list(FileOwner.DIY, id).stream().filter(StoredFile::isImage).toList());
        return "portal/design";
    }

}
