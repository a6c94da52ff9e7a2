package org.kehu.competitor.api;

import java.util.List;

import org.kehu.competitor.CompetingProduct;
import org.kehu.competitor.CompetingProductInput;
import org.kehu.competitor.CompetitorDetails;
import org.kehu.competitor.CompetitorInput;
import org.kehu.competitor.CompetitorRow;
import org.kehu.competitor.Competitors;
import org.kehu.competitor.PriceComparison;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Competitors and their products over REST, and the price comparison of one of our products. Bad input answers 400
 * (problem+json) naming the fields; an unknown competitor or product 404.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('competitor.view')")
class CompetitorApi {

    private final Competitors competitors;

    CompetitorApi(Competitors competitors) {
        this.competitors = competitors;
    }

    @GetMapping("/competitors")
    @Operation(summary = "Competitors by name", description = "`q` searches code, name and pinyin initials; keyset paging with `after`")
    KeysetPage<CompetitorRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return competitors.list(q, after, size);
    }

    @PostMapping("/competitors")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('competitor.edit')")
    @Operation(summary = "Create a competitor file", description = "`code` unique (letters, digits, - and _), `name` required")
    CompetitorDetails create(@RequestBody CompetitorInput input) {
        return competitors.create(input);
    }

    @GetMapping("/competitors/{id}")
    CompetitorDetails get(@PathVariable long id) {
        return competitors.get(id);
    }

    @GetMapping("/competitors/{id}/products")
    @Operation(summary = "The competitor's products, each with the product of ours it competes with")
    List<CompetingProduct> products(@PathVariable long id) {
        return competitors.products(id);
    }

    @PostMapping("/competitors/{id}/products")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('competitor.edit')")
    @Operation(summary = "Add a product to a competitor's file",
            description = "`ourProductId` a catalogue product, `relation` SIMILAR or SUBSTITUTE, `price` at least 0")
    CompetingProduct addProduct(@PathVariable long id, @RequestBody CompetingProductInput input) {
        return competitors.addProduct(id, input);
    }

    @GetMapping("/products/{id}/price-comparison")
    @Operation(summary = "One of our products against its competing products",
            description = "Per competing product: `difference` = their price − ours, `percent` = difference / our price × 100")
    PriceComparison priceComparison(@PathVariable long id) {
        return competitors.comparison(id);
    }
}
