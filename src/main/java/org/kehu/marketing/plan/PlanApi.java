package org.kehu.marketing.plan;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.web.IfMatch;
import org.kehu.shared.web.RefuseUnknownFields;
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
 * Marketing plans over REST: list, read, write, submit, and approve or reject (a director). A plan answers with its
 * version as ETag; every change names the version it was made from ({@code version} in the body or {@code If-Match})
 * and answers 409 when someone saved since or when the plan's status does not allow the step. Bad input answers 400
 * (problem+json) naming the fields.
 */
@RestController
@RequestMapping("/api/v1/plans")
@PreAuthorize("hasAuthority('marketing.plan.view')")
@Tag(name = "Marketing plans", description = "Marketing plans (营销方案) and their approval")
class PlanApi {

    /** A step of the approval: the version read, and for a rejection the reason. */
    @RefuseUnknownFields
    record DecisionRequest(Long version, String reason) {
    }

    private static final String VERSION_ERROR = "marketing.plan.error.if-match";

    private final MarketingPlans plans;

    PlanApi(MarketingPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "List plans", description = "Newest first. Keyset paging: pass `next` as `after`.")
    KeysetPage<PlanDetails> list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return plans.list(after, size);
    }

    @GetMapping("/{id}")
    ResponseEntity<PlanDetails> get(@PathVariable long id) {
        return answer(plans.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    @Operation(summary = "Create a plan", description = "A draft")
    ResponseEntity<PlanDetails> create(@RequestBody PlanInput input) {
        PlanDetails p = plans.create(input);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + p.id())).eTag(IfMatch.etag(p.version())).body(p);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    @Operation(summary = "Change a plan", description = "A draft or rejected plan; `version` (or If-Match) required, a stale one 409")
    ResponseEntity<PlanDetails> update(@PathVariable long id, @RequestBody PlanInput input,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        PlanInput in = new PlanInput(input.name(), input.goal(), input.segmentId(), input.channels(), input.budget(),
                input.periodStart(), input.periodEnd(), IfMatch.version(input.version(), ifMatch, VERSION_ERROR));
        return answer(plans.update(id, in));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('marketing.plan.edit')")
    @Operation(summary = "Submit a draft or rejected plan for approval")
    ResponseEntity<PlanDetails> submit(@PathVariable long id, @RequestBody(required = false) DecisionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.submit(id, version(request, ifMatch)));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('marketing.plan.approve')")
    @Operation(summary = "Approve a submitted plan (a director)")
    ResponseEntity<PlanDetails> approve(@PathVariable long id, @RequestBody(required = false) DecisionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(plans.approve(id, version(request, ifMatch)));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('marketing.plan.approve')")
    @Operation(summary = "Reject a submitted plan with a reason (a director)", description = "`reason` required, ≤ 500 characters")
    ResponseEntity<PlanDetails> reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = version(request, ifMatch);
        return answer(plans.reject(id, version, request == null ? null : request.reason()));
    }

    private static long version(DecisionRequest request, String ifMatch) {
        Long v = IfMatch.version(request == null ? null : request.version(), ifMatch, VERSION_ERROR);
        if (v == null) {
            throw InvalidInputException.of("version", "marketing.plan.error.version");
        }
        return v;
    }

    private static ResponseEntity<PlanDetails> answer(PlanDetails p) {
        return ResponseEntity.ok().eTag(IfMatch.etag(p.version())).body(p);
    }
}
