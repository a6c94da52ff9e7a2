package org.kehu.rating.api;

import java.net.URI;
import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.rating.CustomerRatings;
import org.kehu.rating.GradeProposal;
import org.kehu.rating.RatingDetails;
import org.kehu.rating.RatingInput;
import org.kehu.rating.RatingKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's ratings over REST: rate with the model in use (grades 0–3 by factor code), read the history.
 * Score M = Σ weight × grade on the 0–3 scale; the level follows the seed's bounds. Outside the data scope: 404.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/ratings")
@Tag(name = "Customer ratings", description = "Credit and loyalty ratings of a customer, with their history")
class CustomerRatingApi {

    private final CustomerRatings ratings;

    CustomerRatingApi(CustomerRatings ratings) {
        this.ratings = ratings;
    }

    @PostMapping
    @Operation(summary = "Rate a customer", description = "Body: `kind` (LOYALTY|CREDIT), `grades` {factor code: 0–3} for every factor of the model in use, optional `note`")
    ResponseEntity<RatingDetails> rate(@PathVariable long customerId, @RequestBody RatingInput input) {
        RatingDetails rated = ratings.rate(customerId, input);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/ratings")).body(rated);
    }

    @GetMapping
    @Operation(summary = "Every rating of the customer, newest first")
    List<RatingDetails> history(@PathVariable long customerId) {
        return ratings.history(customerId);
    }

    @GetMapping("/proposals")
    @Operation(summary = "Grades the data proposes", description = "How long the relationship has lasted, the service evaluation from surveys and ticket feedback")
    Collection<GradeProposal> proposals(@PathVariable long customerId, @RequestParam RatingKind kind) {
        return ratings.proposals(customerId, kind).values();
    }
}
