package org.kehu.rating.web;

import org.kehu.rating.CustomerRatings;
import org.kehu.rating.RatingKind;
import org.kehu.rating.RatingModels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The distribution of the ratings: customers per loyalty level and credit list, within the reader's scope. */
@Controller
class RatingReportController {

    private final CustomerRatings ratings;
    private final RatingModels models;

    RatingReportController(CustomerRatings ratings, RatingModels models) {
        this.ratings = ratings;
        this.models = models;
    }

    @GetMapping("/ratings")
    @PreAuthorize("hasAuthority('rating.view')")
    String distribution(Model model) {
        model.addAttribute("distribution", ratings.distribution());
        model.addAttribute("kinds", RatingKind.values());
        model.addAttribute("models", models.list());
        return "rating/distribution";
    }
}
