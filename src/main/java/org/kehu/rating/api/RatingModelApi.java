package org.kehu.rating.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.rating.InconsistentMatrixException;
import org.kehu.rating.ModelDetails;
import org.kehu.rating.ModelInput;
import org.kehu.rating.ModelSummary;
import org.kehu.rating.ModelVersionSummary;
import org.kehu.rating.RatingModels;
import org.kehu.rating.ahp.AhpResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AHP rating models over REST. A model answers its factors, its pairwise matrix and what the matrix gives:
 * {@code weights} (principal eigenvector, summing to 1, in the factors' order), {@code lambdaMax}, {@code ci},
 * {@code ri} and {@code cr}. A matrix with CR ≥ 0.1 is refused with 400: {@code errors} name the matrix and the
 * comparisons to revise ({@code matrix[i][j]}), {@code revise} gives them as numbers.
 */
@RestController
@RequestMapping("/api/v1/ratings/models")
@Tag(name = "Rating models", description = "AHP models of the credit and loyalty ratings: factors, pairwise matrix, weights, consistency")
class RatingModelApi {

    private final RatingModels models;

    RatingModelApi(RatingModels models) {
        this.models = models;
    }

    /** A comparison to revise: factors by code and index, the judgement given and the ratio the weights imply. */
    record Revision(int row, int column, String rowFactor, String columnFactor, double given, double implied) {
    }

    @GetMapping
    @Operation(summary = "List the models", description = "The models in use first")
    List<ModelSummary> list() {
        return models.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A model with its weights, lambdaMax, ci, ri and cr")
    ModelDetails get(@PathVariable long id) {
        return models.get(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of a model, newest first", description = "A rating records the version it used")
    List<ModelVersionSummary> versions(@PathVariable long id) {
        return models.versions(id);
    }

    @PostMapping
    @Operation(summary = "Add a model", description = "It rates customers of its kind from now on; needs model.edit")
    ResponseEntity<?> create(@RequestBody ModelInput input) {
        try {
            ModelDetails created = models.create(input);
            return ResponseEntity.created(URI.create("/api/v1/ratings/models/" + created.id())).body(created);
        } catch (InconsistentMatrixException e) {
            return refused(e);
        }
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a model", description = "`version` is required (409 when stale); a new matrix or new factors make a new version")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody ModelInput input) {
        try {
            return ResponseEntity.ok(models.update(id, input));
        } catch (InconsistentMatrixException e) {
            return refused(e);
        }
    }

    private static ResponseEntity<ProblemDetail> refused(InconsistentMatrixException e) {
        AhpResult r = e.result();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.fieldErrors().get("matrix"));
        body.setTitle(e.fieldErrors().get("matrix"));
        body.setProperty("errors", e.fieldErrors().entrySet().stream()
                .map(f -> Map.of("field", f.getKey(), "message", f.getValue())).toList());
        body.setProperty("weights", r.weights());
        body.setProperty("lambdaMax", r.lambdaMax());
        body.setProperty("ci", r.ci());
        body.setProperty("ri", r.ri());
        body.setProperty("cr", r.cr());
        body.setProperty("revise", r.worst(3).stream().map(d -> new Revision(d.row(), d.column(),
                e.factorCodes().get(d.row()), e.factorCodes().get(d.column()), d.given(), d.implied())).toList());
        return ResponseEntity.badRequest().body(body);
    }
}
