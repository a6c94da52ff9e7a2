package org.kehu.order.web;

import org.kehu.catalog.ProductPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.order.QualityEvaluations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The product page's card of the customers' quality evaluations (质量评价): their mean score and the latest comments.
 * The evaluations live with the orders; the catalogue only offers the place on its page, so order → catalog stays
 * the one direction.
 */
@Controller
class QualityEvaluationCard implements ProductPageSection {

    private final QualityEvaluations evaluations;

    QualityEvaluationCard(QualityEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String titleKey() {
        return "order.quality.card.title";
    }

    @Override
    public String url(long productId) {
        return "/products/" + productId + "/quality";
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.PRODUCT_VIEW);
    }

    @Override
    public String id() {
        return "product-quality";
    }

    @GetMapping("/products/{id:\\d+}/quality")
    @PreAuthorize("hasAuthority('product.view')")
    String card(@PathVariable long id, Model model) {
        model.addAttribute("quality", evaluations.ofProduct(id));
        return "order/quality-card :: card";
    }
}
