package org.kehu.marketing.plan;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market research records over REST. A record answers with its version as ETag; a change names the version it was
 * made from in the body ({@code version}) or as {@code If-Match}, and answers 409 when someone saved since. Bad input
 * answers 400 (problem+json) naming the fields, as the form does.
 */
@RestController
@RequestMapping("/api/v1/research")
@PreAuthorize("hasAuthority('marketing.plan.view')")
@Tag(name = "Market research", description = "Market research records (市场调查) and their files")
class ResearchApi {

    private final MarketResearch research;

    ResearchApi(MarketResearch research) {
        this.research = research;
    }

    @GetMapping
    @Operation(summary = "List research records", description = "Newest first. Keyset paging: pass `next` as `after`.")
    KeysetPage<ResearchDetails> list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return research.list(after, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A research record with its files (without their content)")
    ResponseEntity<ResearchDetails> get(@PathVariable long id) {
        ResearchDetails r = research.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(r.version())).body(r);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    @Operation(summary = "Create a research record")
    ResponseEntity<ResearchDetails> create(@RequestBody ResearchInput input) {
        ResearchDetails r = research.create(input);
        return ResponseEntity.created(URI.create("/api/v1/research/" + r.id())).eTag(IfMatch.etag(r.version())).body(r);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    @Operation(summary = "Change a research record", description = "`version` (or If-Match) required; a stale one answers 409")
    ResponseEntity<ResearchDetails> update(@PathVariable long id, @RequestBody ResearchInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ResearchInput in = new ResearchInput(input.topic(), input.method(), input.periodStart(), input.periodEnd(),
                input.findings(), IfMatch.version(input.version(), ifMatch, "marketing.plan.error.if-match"));
        ResearchDetails r = research.update(id, in);
        return ResponseEntity.ok().eTag(IfMatch.etag(r.version())).body(r);
    }
}
