package org.kehu.sales.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.identity.Permission;
import org.kehu.sales.internal.Opportunity;
import org.kehu.sales.internal.OpportunityQueries;
import org.kehu.sales.internal.OpportunityService;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pipeline: a kanban of the open opportunities by stage. Dropping a card on another column posts the
 * new stage; the answer names the stage the card belongs in, so a refused move puts the card back.
 */
@Controller
@PreAuthorize("hasAuthority('opportunity.view')")
class PipelineController {

    private final OpportunityQueries queries;
    private final OpportunityService opportunities;
    private final SalesPageSupport support;

    PipelineController(OpportunityQueries queries, OpportunityService opportunities, SalesPageSupport support) {
        this.queries = queries;
        this.opportunities = opportunities;
        this.support = support;
    }

    @GetMapping("/pipeline")
    String pipeline(@RequestParam(required = false) Long owner, Model model) {
        support.options(model);
        model.addAttribute("columns", support.stages().enabled());
        model.addAttribute("cards", queries.kanban(owner));
        model.addAttribute("owner", owner);
        model.addAttribute("canMove", support.can(Permission.OPPORTUNITY_EDIT));
        return "sales/pipeline";
    }

    /** Moves a card: 200 with the stage and probability, or the refusal with the stage the card stays in. */
    @PostMapping("/pipeline/{id}/stage")
    @ResponseBody
    ResponseEntity<Map<String, Object>> move(@PathVariable long id, @RequestParam(required = false) String stage) {
        if (!support.can(Permission.OPPORTUNITY_EDIT)) {
            return refused(HttpStatus.FORBIDDEN, null, support.messages().text("sales.pipeline.not-permitted"));
        }
        try {
            Opportunity o = opportunities.changeStage(id, stage);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("stage", o.getStageCode());
            body.put("probability", o.getProbability());
            body.put("message", support.messages().text("sales.pipeline.moved", o.getProspectName(),
                    support.labels().stage(o.getStageCode())));
            return ResponseEntity.ok(body);
        } catch (RecordNotFoundException e) {
            return refused(HttpStatus.NOT_FOUND, null, support.messages().text("sales.pipeline.not-found"));
        } catch (RuleViolationException e) {
            return refused(HttpStatus.CONFLICT, opportunities.get(id).getStageCode(),
                    support.messages().text(e.messageKey(), e.args()));
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, opportunities.get(id).getStageCode(),
                    String.join(" ", support.messages().texts(e.fieldErrors()).values()));
        }
    }

    private static ResponseEntity<Map<String, Object>> refused(HttpStatus status, String stage, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", stage);
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
