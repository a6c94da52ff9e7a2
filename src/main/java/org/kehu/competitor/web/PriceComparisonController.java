package org.kehu.competitor.web;

import org.kehu.catalog.ProductPageSection;
import org.kehu.competitor.Competitors;
import org.kehu.competitor.PriceComparison;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The price comparison of one of our products against its competing products: a page with a chart, and a card
 * on the staff product page that links to it.
 */
@Controller
@PreAuthorize("hasAuthority('competitor.view')")
class PriceComparisonController {

    private final Competitors competitors;

    PriceComparisonController(Competitors competitors) {
        this.competitors = competitors;
    }

    /** The product page's card: the catalogue offers the place, so competitor → catalog stays the one direction. */
    @Component
    static class CompetitionCard implements ProductPageSection {

        @Override
        public String titleKey() {
            return "competitor.compare.card";
        }

        @Override
        public String url(long productId) {
            return "/competitors/compare/" + productId + "/card";
        }

        @Override
        public boolean visibleTo(CurrentUser user) {
            return user.can(Permission.COMPETITOR_VIEW);
        }

        @Override
        public String id() {
            return "product-competition";
        }
    }

    @GetMapping("/competitors/compare/{productId:\\d+}")
    String page(@PathVariable long productId, Model model) {
        PriceComparison comparison = competitors.comparison(productId);
        model.addAttribute("cmp", comparison);
        model.addAttribute("chartLabels", chartLabels(comparison));
        model.addAttribute("chartValues", chartValues(comparison));
        return "competitor/compare";
    }

    @GetMapping("/competitors/compare/{productId:\\d+}/card")
    String card(@PathVariable long productId, Model model) {
        model.addAttribute("cmp", competitors.comparison(productId));
        return "competitor/compare :: card";
    }

    /** Our product first, then each competing product as "competitor · product", joined by "|" for the chart script. */
    static String chartLabels(PriceComparison c) {
        StringBuilder b = new StringBuilder(clean(c.productName()));
        c.lines().forEach(l -> b.append('|').append(clean(l.competitorName() + " · " + l.name())));
        return b.toString();
    }

    static String chartValues(PriceComparison c) {
        StringBuilder b = new StringBuilder(c.ourPrice().toPlainString());
        c.lines().forEach(l -> b.append('|').append(l.price().toPlainString()));
        return b.toString();
    }

    private static String clean(String label) {
        return label.replace('|', '/');
    }
}
