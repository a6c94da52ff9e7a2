package org.kehu.rating.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.rating.InconsistentMatrixException;
import org.kehu.rating.ModelDetails;
import org.kehu.rating.ModelInput;
import org.kehu.rating.RatingKind;
import org.kehu.rating.RatingModels;
import org.kehu.rating.ahp.AhpResult;
import org.kehu.rating.ahp.Disagreement;
import org.kehu.rating.ahp.PairwiseMatrix;
import org.kehu.rating.ahp.RandomIndex;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new rating model ({@code model.edit}): its kind, names, factors with the four grades' descriptions, and the
 * pairwise matrix typed as the editor's upper triangle. The number of factors is chosen first (or taken from a
 * model to start from). "Check" shows what the matrix gives; saving runs the same checks as the API and refuses a
 * matrix with CR ≥ 0.1, naming the comparisons to revise. The new model rates customers of its kind from then on.
 */
@Controller
@PreAuthorize("hasAuthority('model.edit')")
class RatingModelCreateController {

    private final RatingModels models;
    private final Messages messages;

    RatingModelCreateController(RatingModels models, Messages messages) {
        this.models = models;
        this.messages = messages;
    }

    @GetMapping("/ratings/models/new")
    String form(@RequestParam(required = false) String kind, @RequestParam(required = false) String n,
            @RequestParam(required = false) String from, Model model) {
        ModelDetails start = start(from);
        RatingKind k = start != null ? start.kind() : kind(kind);
        int order = start != null ? start.order() : ModelForm.order(n, ModelForm.DEFAULT_ORDER);
        Map<String, String> values = start != null ? ModelForm.of(start) : ModelForm.blank(order);
        Map<String, String> cells = start != null ? MatrixForm.of(start.matrix()) : ones(order);
        return show(k == null ? RatingKind.LOYALTY : k, order, values, cells, Map.of(), List.of(), null, model);
    }

    @PostMapping("/ratings/models/new")
    String save(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "save") String action,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        int n = ModelForm.order(params.get("n"), ModelForm.DEFAULT_ORDER);
        RatingKind kind = kind(params.get("kind"));
        Map<String, String> values = ModelForm.typed(params, n);
        Map<String, String> cells = MatrixForm.typed(params, n);
        Map<String, String> errors = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        List<Disagreement> revise = List.of();
        AhpResult checked = null;
        try {
            ModelForm.refuseControlCharacters(values, keys);
            var factors = ModelForm.factors(values, n, keys);
            if (!keys.isEmpty()) {
                throw new InvalidInputException(keys);
            }
            PairwiseMatrix matrix = PairwiseMatrix.fromUpperTriangle(MatrixForm.read(params, n), "matrix");
            ModelInput input = new ModelInput(kind, values.get("nameZh"), values.get("nameEn"), factors, matrix.toLists(), null);
            if ("check".equals(action)) {
                checked = models.preview(input);
                return show(kind, n, values, cells, errors, revise, checked, model);
            }
            ModelDetails created = models.create(input);
            redirect.addFlashAttribute("flash", messages.text("rating.model.created"));
            return "redirect:/ratings/models/" + created.id();
        } catch (InconsistentMatrixException e) {
            checked = e.result();
            revise = e.result().worst(3);
            e.fieldErrors().forEach((field, text) -> errors.put(RatingModelController.cellOf(field), text));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> errors.put(RatingModelController.cellOf(field), messages.text(key)));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(kind, n, values, cells, errors, revise, checked, model);
    }

    private String show(RatingKind kind, int n, Map<String, String> values, Map<String, String> cells,
            Map<String, String> errors, List<Disagreement> revise, AhpResult checked, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<MatrixLabel> labels = IntStream.range(0, n).mapToObj(i -> {
            String code = values.getOrDefault(ModelForm.factor(i, "code"), "");
            String name = values.getOrDefault(ModelForm.factor(i, "en".equals(locale.getLanguage()) ? "nameEn" : "nameZh"), "");
            return new MatrixLabel(code.isBlank() ? String.valueOf(i + 1) : code, name);
        }).toList();
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", RatingKind.values());
        model.addAttribute("n", n);
        model.addAttribute("orders", IntStream.rangeClosed(PairwiseMatrix.MIN_ORDER, RandomIndex.MAX_ORDER).boxed().toList());
        model.addAttribute("startFrom", models.list());
        model.addAttribute("values", values);
        model.addAttribute("labels", labels);
        model.addAttribute("cells", cells);
        model.addAttribute("lower", MatrixForm.reciprocals(cells));
        model.addAttribute("errors", errors);
        model.addAttribute("revise", revise);
        model.addAttribute("checked", checked);
        return "rating/model-new";
    }

    private ModelDetails start(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return models.get(Long.parseLong(from.strip()));
        } catch (NumberFormatException | RecordNotFoundException e) {
            return null;
        }
    }

    private static RatingKind kind(String text) {
        for (RatingKind k : RatingKind.values()) {
            if (k.name().equals(text)) {
                return k;
            }
        }
        return null;
    }

    private static Map<String, String> ones(int n) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                cells.put(MatrixForm.cell(i, j), "1");
            }
        }
        return cells;
    }
}
