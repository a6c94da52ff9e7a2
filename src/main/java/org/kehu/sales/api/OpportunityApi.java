package org.kehu.sales.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.kehu.sales.internal.DevelopmentPlans;
import org.kehu.sales.internal.OpportunityFilter;
import org.kehu.sales.internal.OpportunityHistory;
import org.kehu.sales.internal.OpportunityInput;
import org.kehu.sales.internal.OpportunityQueries;
import org.kehu.sales.internal.OpportunityRow;
import org.kehu.sales.internal.OpportunityService;
import org.kehu.sales.internal.PlanStep;
import org.kehu.dictionary.Dictionary;
import org.kehu.sales.web.OpportunityExport;
import org.kehu.sales.web.SalesLabels;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sales opportunities over REST: list, read, create, update (with the version read), assign, the development
 * plan, closing, stage changes. The caller's data scope applies (outside it: 404); a step out of order answers
 * 409 with the reason; bad input 400 naming the fields.
 */
@RestController
@RequestMapping("/api/v1/opportunities")
@Tag(name = "Opportunities", description = "Sales opportunities, development plans and their closing")
class OpportunityApi {

    record AssignRequest(List<Long> ids, Long assigneeId) {
    }

    record StepRequest(LocalDate plannedOn, String item) {
    }

    record ResultRequest(String result) {
    }

    record CloseRequest(String outcome, String reason, String note, Long lostToCompetitorId) {
    }

    record StageRequest(String stageCode) {
    }

    private final OpportunityService opportunities;
    private final DevelopmentPlans plans;
    private final OpportunityQueries queries;
    private final OpportunityHistory history;
    private final Dictionary dictionary;
    private final Messages messages;

    OpportunityApi(OpportunityService opportunities, DevelopmentPlans plans, OpportunityQueries queries,
            OpportunityHistory history, Dictionary dictionary, Messages messages) {
        this.opportunities = opportunities;
        this.plans = plans;
        this.queries = queries;
        this.history = history;
        this.dictionary = dictionary;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List opportunities", description = "Filters: status, stage, owner, department, source, q, from, to (created). Keyset paging: pass `next` as `after`.")
    KeysetPage<OpportunityRow> list(@ModelAttribute OpportunityFilter filter, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return queries.page(filter, after, PageBounds.size(size, 500));
    }

    @GetMapping("/export")
    @org.springframework.security.access.prepost.PreAuthorize("hasAuthority('opportunity.export')")
    @Operation(summary = "Export the filtered opportunities", description = "format=csv or xlsx; streamed")
    void export(@ModelAttribute OpportunityFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        OpportunityExport.write(queries, filter, format, SalesLabels.of(dictionary, messages), messages, response);
    }

    @PostMapping
    @Operation(summary = "Create an opportunity", description = "Owned by its creator until assigned; probability defaults to the stage's")
    ResponseEntity<OpportunityResource> create(@RequestBody OpportunityInput input) {
        OpportunityResource created = OpportunityResource.of(opportunities.create(input));
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    OpportunityResource get(@PathVariable long id) {
        return OpportunityResource.of(opportunities.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an opportunity", description = "`version` is required; a stale version answers 409, a won or lost opportunity 409")
    OpportunityResource update(@PathVariable long id, @RequestBody OpportunityInput input) {
        return OpportunityResource.of(opportunities.update(id, input));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign an opportunity to an account manager", description = "They are notified; 409 when won or lost")
    OpportunityResource assign(@PathVariable long id, @RequestBody AssignRequest request) {
        return OpportunityResource.of(opportunities.assign(List.of(id), request == null ? null : request.assigneeId()).get(0));
    }

    @PostMapping("/assign")
    @Operation(summary = "Assign several opportunities at once", description = "All or nothing")
    List<OpportunityResource> assignMany(@RequestBody AssignRequest request) {
        if (request == null) {
            throw InvalidInputException.of("ids", "sales.error.choose-opportunities");
        }
        return opportunities.assign(request.ids(), request.assigneeId()).stream().map(OpportunityResource::of).toList();
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move an open opportunity to another stage", description = "The probability follows the stage's default unless set by hand")
    OpportunityResource stage(@PathVariable long id, @RequestBody StageRequest request) {
        return OpportunityResource.of(opportunities.changeStage(id, request == null ? null : request.stageCode()));
    }

    @GetMapping("/{id}/plan/steps")
    List<PlanStepResource> steps(@PathVariable long id) {
        return plans.steps(id).stream().map(PlanStepResource::of).toList();
    }

    @PostMapping("/{id}/plan/steps")
    @Operation(summary = "Add a dated step to the development plan", description = "409 unless assigned and open")
    ResponseEntity<PlanStepResource> addStep(@PathVariable long id, @RequestBody StepRequest request) {
        PlanStep step = plans.addStep(id, request == null ? null : request.plannedOn(), request == null ? null : request.item());
        return ResponseEntity.status(HttpStatus.CREATED).body(PlanStepResource.of(step));
    }

    @PostMapping("/{id}/plan/steps/{stepId}/result")
    @Operation(summary = "Record the result of a step", description = "The first result moves an assigned opportunity to developing")
    PlanStepResource recordResult(@PathVariable long id, @PathVariable long stepId, @RequestBody ResultRequest request) {
        return PlanStepResource.of(plans.recordResult(id, stepId, request == null ? null : request.result()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the plan as WON or LOST", description = "WON creates the customer and contact; LOST needs `reason` (LOST_REASON code) and may name `lostToCompetitorId`")
    OpportunityResource close(@PathVariable long id, @RequestBody CloseRequest request) {
        String outcome = request == null || request.outcome() == null ? "" : request.outcome().strip().toUpperCase();
        DevelopmentPlans.Outcome parsed = switch (outcome) {
            case "WON" -> DevelopmentPlans.Outcome.WON;
            case "LOST" -> DevelopmentPlans.Outcome.LOST;
            default -> throw InvalidInputException.of("outcome", "sales.error.outcome");
        };
        return OpportunityResource.of(plans.close(id, parsed, request.reason(), request.note(), request.lostToCompetitorId()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Changes of state, stage and assignee, oldest first")
    List<OpportunityHistory.Entry> history(@PathVariable long id) {
        opportunities.get(id);
        return history.of(id);
    }
}
