package org.kehu.rating.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.rating.Factor;
import org.kehu.rating.InconsistentMatrixException;
import org.kehu.rating.ModelDetails;
import org.kehu.rating.ModelInput;
import org.kehu.rating.RatingModels;
import org.kehu.rating.ahp.AhpResult;
import org.kehu.rating.ahp.PairwiseMatrix;
import org.kehu.shared.ConcurrentEditException;
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
 * The models' pages: the list, a model with its weights, λmax, CI, RI, CR and versions, and the matrix editor
 * (upper triangle typed, lower filled with reciprocals). "Check" shows what a matrix gives without saving; a
 * refused matrix shows its reason and the comparisons to revise, highlighted in the matrix.
 */
@Controller
class RatingModelController {

    private final RatingModels models;
    private final Messages messages;

    RatingModelController(RatingModels models, Messages messages) {
        this.models = models;
        this.messages = messages;
    }

    @GetMapping("/ratings/models")
    @PreAuthorize("hasAuthority('rating.view') or hasAuthority('model.edit')")
    String list(Model model) {
        model.addAttribute("models", models.list());
        return "rating/models";
    }

    @GetMapping("/ratings/models/{id}")
    @PreAuthorize("hasAuthority('rating.view') or hasAuthority('model.edit')")
    String show(@PathVariable long id, Model model) {
        ModelDetails details = models.get(id);
        model.addAttribute("m", details);
        model.addAttribute("versions", models.versions(id));
        return "rating/model";
    }

    @GetMapping("/ratings/models/{id}/edit")
    @PreAuthorize("hasAuthority('model.edit')")
    String edit(@PathVariable long id, Model model) {
        ModelDetails details = models.get(id);
        model.addAttribute("m", details);
        model.addAttribute("labels", labels(details));
        model.addAttribute("cells", MatrixForm.of(details.matrix()));
        model.addAttribute("lower", MatrixForm.reciprocals(MatrixForm.of(details.matrix())));
        model.addAttribute("version", details.version());
        model.addAttribute("errors", Map.of());
        model.addAttribute("revise", List.of());
        return "rating/model-edit";
    }

    @PostMapping("/ratings/models/{id}/edit")
    @PreAuthorize("hasAuthority('model.edit')")
    String save(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) Long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ModelDetails details = models.get(id);
        int n = details.order();
        List<String> codes = details.factors().stream().map(Factor::code).toList();
        model.addAttribute("m", details);
        model.addAttribute("labels", labels(details));
        model.addAttribute("cells", MatrixForm.typed(params, n));
        model.addAttribute("lower", MatrixForm.reciprocals(MatrixForm.typed(params, n)));
        model.addAttribute("version", version);
        model.addAttribute("revise", List.of());
        Map<String, String> errors = new HashMap<>();
        try {
            PairwiseMatrix matrix = PairwiseMatrix.fromUpperTriangle(MatrixForm.read(params, n), "matrix");
            AhpResult result = models.check(matrix, codes);
            if ("check".equals(action)) {
                model.addAttribute("checked", result);
                model.addAttribute("errors", errors);
                return "rating/model-edit";
            }
            models.update(id, new ModelInput(null, null, null, null, matrix.toLists(), version));
            redirect.addFlashAttribute("flash", messages.text("rating.model.saved"));
            return "redirect:/ratings/models/" + id;
        } catch (InconsistentMatrixException e) {
            model.addAttribute("checked", e.result());
            model.addAttribute("revise", e.result().worst(3));
            e.fieldErrors().forEach((field, text) -> errors.put(cellOf(field), text));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> errors.put(cellOf(field), messages.text(key)));
        } catch (ConcurrentEditException e) {
            errors.put("matrix", messages.text("error.concurrent-edit"));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        return "rating/model-edit";
    }

    private static List<MatrixLabel> labels(ModelDetails details) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return details.factors().stream().map(f -> new MatrixLabel(f.code(), f.name(locale))).toList();
    }

    /**
     * {@code matrix[i][j]} as the editor's cell: an upper-triangle cell as itself, a lower-triangle one (a broken
     * reciprocal, only possible through the API) as its mirror, which is the cell typed.
     */
    static String cellOf(String field) {
        var m = java.util.regex.Pattern.compile("matrix\\[(\\d+)]\\[(\\d+)]").matcher(field);
        if (!m.matches()) {
            return field;
        }
        int i = Integer.parseInt(m.group(1));
        int j = Integer.parseInt(m.group(2));
        return i < j ? MatrixForm.cell(i, j) : i > j ? MatrixForm.cell(j, i) : "matrix";
    }

}
