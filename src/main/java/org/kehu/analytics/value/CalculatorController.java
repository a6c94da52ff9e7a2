package org.kehu.analytics.value;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The textbook lifetime value calculator of seed 001: both models' results beside their formulas. */
@Controller
@PreAuthorize("hasAuthority('report.view')")
class CalculatorController {

    @GetMapping("/analytics/value/calculator")
    String calculator(@Valid @ModelAttribute("calc") ValueForms.CalculatorForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            TextbookClv result = form.toModel();
            model.addAttribute("result", result);
            model.addAttribute("annuityFactor", result.annuityFactor());
            model.addAttribute("modelOne", java.math.BigDecimal.valueOf(result.modelOne()));
            model.addAttribute("modelThree", java.math.BigDecimal.valueOf(result.modelThree()));
        }
        return "analytics/calculator";
    }
}
