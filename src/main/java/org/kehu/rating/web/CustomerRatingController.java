package org.kehu.rating.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.customer.CustomerManagement;
import org.kehu.rating.CustomerRatings;
import org.kehu.rating.Factor;
import org.kehu.rating.GradeProposal;
import org.kehu.rating.ModelDetails;
import org.kehu.rating.RatingDetails;
import org.kehu.rating.RatingInput;
import org.kehu.rating.RatingKind;
import org.kehu.rating.RatingModels;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rating a customer factor by factor (each grade's description beside it, the grade the data proposes chosen
 * with its reason), and the ratings card of the customer page with the history.
 */
@Controller
class CustomerRatingController {

    private final CustomerRatings ratings;
    private final RatingModels models;
    private final CustomerManagement customers;
    private final Messages messages;

    CustomerRatingController(CustomerRatings ratings, RatingModels models, CustomerManagement customers, Messages messages) {
        this.ratings = ratings;
        this.models = models;
        this.customers = customers;
        this.messages = messages;
    }

    @GetMapping("/ratings/customer/{customerId}")
    @PreAuthorize("hasAuthority('rating.view')")
    String card(@PathVariable long customerId, Model model) {
        var history = ratings.history(customerId);
        model.addAttribute("customerId", customerId);
        model.addAttribute("history", history);
        model.addAttribute("loyalty", history.stream().filter(r -> r.kind() == RatingKind.LOYALTY).findFirst().orElse(null));
        model.addAttribute("credit", history.stream().filter(r -> r.kind() == RatingKind.CREDIT).findFirst().orElse(null));
        return "rating/card :: card";
    }

    @GetMapping("/customers/{customerId}/ratings/new")
    @PreAuthorize("hasAuthority('rating.edit')")
    String form(@PathVariable long customerId, @RequestParam(defaultValue = "LOYALTY") RatingKind kind, Model model) {
        ModelDetails m = models.inUse(kind);
        Map<String, GradeProposal> proposals = ratings.proposals(customerId, kind);
        Optional<RatingDetails> last = ratings.latest(customerId, kind);
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (Factor f : m.factors()) {
            Integer g = proposals.containsKey(f.code()) ? Integer.valueOf(proposals.get(f.code()).grade())
                    : last.flatMap(r -> r.grades().stream().filter(x -> x.factor().equals(f.code())).findFirst())
                            .map(x -> x.grade()).orElse(null);
            chosen.put(f.code(), g);
        }
        fill(model, customerId, kind, m, proposals, chosen, null, Map.of());
        model.addAttribute("last", last.orElse(null));
        return "rating/rate";
    }

    @PostMapping("/customers/{customerId}/ratings")
    @PreAuthorize("hasAuthority('rating.edit')")
    String rate(@PathVariable long customerId, @RequestParam(defaultValue = "LOYALTY") RatingKind kind,
            @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ModelDetails m = models.inUse(kind);
        Map<String, Integer> grades = new HashMap<>();
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (Factor f : m.factors()) {
            String v = params.get("grade_" + f.code());
            Integer g = v != null && v.matches("[0-3]") ? Integer.valueOf(v) : null;
            chosen.put(f.code(), g);
            if (g != null) {
                grades.put(f.code(), g);
            }
        }
        String note = params.get("note");
        try {
            RatingDetails r = ratings.rate(customerId, new RatingInput(kind, grades, note));
            redirect.addFlashAttribute("flash", messages.text("rating.rated", messages.text(r.level().labelKey()),
                    org.kehu.shared.Formats.decimal(r.score(), 2)));
            return "redirect:/customers/" + customerId;
        } catch (InvalidInputException e) {
            Map<String, String> errors = new HashMap<>();
            e.fieldErrors().forEach((field, key) -> errors.put(field, messages.text(key)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fill(model, customerId, kind, m, ratings.proposals(customerId, kind), chosen, note, errors);
            return "rating/rate";
        }
    }

    private void fill(Model model, long customerId, RatingKind kind, ModelDetails m, Map<String, GradeProposal> proposals,
            Map<String, Integer> chosen, String note, Map<String, String> errors) {
        model.addAttribute("customer", customers.get(customerId));
        model.addAttribute("kind", kind);
        model.addAttribute("m", m);
        model.addAttribute("proposals", proposals);
        model.addAttribute("chosen", chosen);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
    }
}
