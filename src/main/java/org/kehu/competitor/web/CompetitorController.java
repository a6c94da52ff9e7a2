package org.kehu.competitor.web;

import java.util.ArrayList;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.kehu.catalog.ProductCatalog;
import org.kehu.catalog.ProductInfo;
import org.kehu.competitor.CompetingProduct;
import org.kehu.competitor.CompetitorDetails;
import org.kehu.competitor.Competitors;
import org.kehu.competitor.CustomerCompetitors;
import org.kehu.competitor.Relation;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The competitor pages: the list with search, a competitor's file with its products and the customers buying from
 * it, and the forms of a competitor and of a competing product. A form saved over someone else's change says so
 * and keeps what was typed.
 */
@Controller
@PreAuthorize("hasAuthority('competitor.view')")
class CompetitorController {

    /** Our products offered in the product form's select. */
    private static final int OUR_PRODUCTS = 1000;

    private final Competitors competitors;
    private final CustomerCompetitors customers;
    private final ProductCatalog catalog;
    private final UserDirectory users;
    private final Messages messages;

    CompetitorController(Competitors competitors, CustomerCompetitors customers, ProductCatalog catalog,
            UserDirectory users, Messages messages) {
        this.competitors = competitors;
        this.customers = customers;
        this.catalog = catalog;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/competitors")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size, HtmxRequest htmx, Model model) {
        model.addAttribute("page", competitors.list(q, after, size));
        model.addAttribute("q", q);
        model.addAttribute("query", q == null || q.isBlank() ? ""
                : UriComponentsBuilder.newInstance().queryParam("q", q).encode().build().getQuery());
        model.addAttribute("showFirst", after != null && !after.isBlank());
        if (htmx.isHtmxRequest() && "competitor-rows".equals(htmx.getTarget())) {
            return "competitor/list :: rows";
        }
        return "competitor/list";
    }

    @GetMapping("/competitors/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("c", competitors.get(id));
        model.addAttribute("products", competitors.products(id));
        if (users.requireCurrentUser().can(Permission.CUSTOMER_VIEW)) {
            model.addAttribute("customers", customers.customersOf(id));
        }
        return "competitor/show";
    }

    @GetMapping("/competitors/new")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String newForm(Model model) {
        return form(model, new CompetitorForm(), null);
    }

    @PostMapping("/competitors")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String create(@ModelAttribute("competitor") CompetitorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            CompetitorDetails c = competitors.create(form.toInput());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/competitors/" + c.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/competitors/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, CompetitorForm.of(competitors.get(id)), id);
    }

    @PostMapping("/competitors/{id:\\d+}")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String update(@PathVariable long id, @ModelAttribute("competitor") CompetitorForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        competitors.get(id);
        return FormSubmission.save(binding, model, () -> {
            competitors.update(id, form.toInput());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
            return "redirect:/competitors/" + id;
        }, () -> {
            if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
                // The editor keeps their text and sees who saved first; saving again replaces that change knowingly.
                CompetitorDetails saved = competitors.get(id);
                model.addAttribute("saved", saved);
                form.setVersion(saved.version());
            }
            return form(model, form, id);
        });
    }

    @GetMapping("/competitors/{id:\\d+}/products/new")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String newProduct(@PathVariable long id, @RequestParam(required = false) Long ourProductId, Model model) {
        CompetingProductForm form = new CompetingProductForm();
        form.setOurProductId(ourProductId);
        return productForm(model, id, form, null);
    }

    @PostMapping("/competitors/{id:\\d+}/products")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String addProduct(@PathVariable long id, @ModelAttribute("competingProduct") CompetingProductForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.save(binding, model, () -> {
            CompetingProduct p = competitors.addProduct(id, form.toInput());
            redirect.addFlashAttribute("flash", messages.text("competitor.product.saved", p.name()));
            return "redirect:/competitors/compare/" + p.ourProductId();
        }, () -> productForm(model, id, form, null));
    }

    @GetMapping("/competitors/{id:\\d+}/products/{productId:\\d+}/edit")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String editProduct(@PathVariable long id, @PathVariable long productId, Model model) {
        return productForm(model, id, CompetingProductForm.of(competitors.product(id, productId)), productId);
    }

    @PostMapping("/competitors/{id:\\d+}/products/{productId:\\d+}")
    @PreAuthorize("hasAuthority('competitor.edit')")
    String updateProduct(@PathVariable long id, @PathVariable long productId,
            @ModelAttribute("competingProduct") CompetingProductForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        competitors.product(id, productId);
        return FormSubmission.save(binding, model, () -> {
            CompetingProduct p = competitors.updateProduct(id, productId, form.toInput());
            redirect.addFlashAttribute("flash", messages.text("competitor.product.saved", p.name()));
            return "redirect:/competitors/" + id;
        }, () -> {
            if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
                CompetingProduct saved = competitors.product(id, productId);
                model.addAttribute("savedProduct", saved);
                form.setVersion(saved.version());
            }
            return productForm(model, id, form, productId);
        });
    }

    private String form(Model model, CompetitorForm form, Long id) {
        model.addAttribute("competitor", form);
        model.addAttribute("competitorId", id);
        return "competitor/form";
    }

    private String productForm(Model model, long competitorId, CompetingProductForm form, Long productId) {
        model.addAttribute("c", competitors.get(competitorId));
        model.addAttribute("competingProduct", form);
        model.addAttribute("productId", productId);
        model.addAttribute("relations", Relation.values());
        List<ProductInfo> ours = new ArrayList<>(catalog.search("", OUR_PRODUCTS));
        // A product taken off sale since still shows as the one chosen.
        if (form.getOurProductId() != null && ours.stream().noneMatch(p -> p.id() == form.getOurProductId())) {
            catalog.find(form.getOurProductId()).ifPresent(p -> ours.add(0, p));
        }
        model.addAttribute("ourProducts", ours);
        return "competitor/product-form";
    }
}
