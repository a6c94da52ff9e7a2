package org.kehu.marketing.campaign;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.marketing.MarketingChannel;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.kehu.shared.web.RefuseUnknownFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Campaigns over REST: list, read, create, update (with the version read), status, costs, responses, opportunities
 * and the report. The caller's data scope applies to the campaign's owner (outside it: 404); bad input answers 400
 * naming the fields; a move the status does not allow, 409.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
@PreAuthorize("hasAuthority('marketing.campaign.view')")
@Tag(name = "Campaigns", description = "Marketing campaigns, their costs, responses, opportunities and return")
class CampaignApi {

    @RefuseUnknownFields
    record StatusRequest(CampaignStatus status, Long version) {
    }

    @RefuseUnknownFields
    record SendRequest(Long version) {
    }

    @RefuseUnknownFields
    record CostRequest(LocalDate spentOn, String item, BigDecimal amount) {
    }

    @RefuseUnknownFields
    record ResponseRequest(Long customerId, Long contactId, LocalDate respondedOn, String note) {
    }

    @RefuseUnknownFields
    record OpportunityRequest(Long opportunityId) {
    }

    private final Campaigns campaigns;
    private final CampaignExport export;

    CampaignApi(Campaigns campaigns, CampaignExport export) {
        this.campaigns = campaigns;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "List campaigns", description = "Newest first; filters channel and status. Keyset paging: pass `next` as `after`.")
    KeysetPage<CampaignView> list(@RequestParam(required = false) MarketingChannel channel,
            @RequestParam(required = false) CampaignStatus status, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return campaigns.page(channel, status, after, PageBounds.size(size, 200));
    }

    @GetMapping("/export")
    @Operation(summary = "Export the list", description = "CSV or Excel (`format=csv|xlsx`) with the list's filters, in the caller's scope")
    void export(@RequestParam(required = false) MarketingChannel channel, @RequestParam(required = false) CampaignStatus status,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        export.download(channel, status, format, response);
    }

    @PostMapping
    @Operation(summary = "Create a campaign", description = "Planned; owned by `ownerId` (marketing staff) or the caller")
    ResponseEntity<CampaignView> create(@RequestBody CampaignInput input) {
        CampaignView created = campaigns.create(input);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    CampaignView get(@PathVariable long id) {
        return campaigns.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a campaign", description = "`version` is required; a stale version answers 409")
    CampaignView update(@PathVariable long id, @RequestBody CampaignInput input) {
        return campaigns.update(id, input);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move a campaign", description = "PLANNED → RUNNING → DONE, or CANCELLED before it is done; `version` required")
    CampaignView status(@PathVariable long id, @RequestBody StatusRequest request) {
        return campaigns.move(id, request == null ? null : request.status(), request == null ? null : request.version());
    }

    @PostMapping("/{id}/costs")
    @Operation(summary = "Record an actual cost", description = "A day not in the future, an item and a positive amount")
    ResponseEntity<Map<String, Long>> addCost(@PathVariable long id, @RequestBody CostRequest request) {
        CostRequest r = request == null ? new CostRequest(null, null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", campaigns.addCost(id, r.spentOn(), r.item(), r.amount())));
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Record a response", description = "A customer (and optionally its contact) that responded on a day")
    ResponseEntity<Map<String, Long>> addResponse(@PathVariable long id, @RequestBody ResponseRequest request) {
        ResponseRequest r = request == null ? new ResponseRequest(null, null, null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", campaigns.recordResponse(id, r.customerId(), r.contactId(), r.respondedOn(), r.note())));
    }

    @PostMapping("/{id}/opportunities")
    @Operation(summary = "Claim an opportunity", description = "An opportunity the campaign brought; one campaign per opportunity (else 409)")
    ResponseEntity<Void> linkOpportunity(@PathVariable long id, @RequestBody OpportunityRequest request) {
        campaigns.linkOpportunity(id, request == null ? null : request.opportunityId());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Send the campaign",
            description = "Freezes its segment's contacts and passes them through the marketing gate (consent, opt-out,"
                    + " address, monthly cap); answers the report with what was sent and held back. `version` required;"
                    + " 409 without a segment, when sent before, done or cancelled")
    CampaignReport send(@PathVariable long id, @RequestBody SendRequest request) {
        return CampaignReport.of(id, campaigns.send(id, request == null ? null : request.version()));
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "The campaign's report",
            description = "Sent, held back by consent, by opt-out, by the cap and for want of an address; cost, responses,"
                    + " opportunities, attributed revenue and ROI = (revenue − cost) / cost")
    CampaignReport report(@PathVariable long id) {
        return CampaignReport.of(id, campaigns.figures(id));
    }
}
