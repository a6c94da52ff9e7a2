package org.kehu.marketing.reach;

import org.kehu.marketing.TouchSource;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The marketing gate over REST: its monthly cap, and what it decided for a source (a campaign, a greeting). */
@RestController
@RequestMapping("/api/v1/marketing")
@Tag(name = "Marketing reach", description = "Consent, opt-out and the monthly cap: what the marketing gate held back and why")
@PreAuthorize("hasAuthority('marketing.reach')")
class ReachApi {

    /** A new cap and the version read. */
    record SettingsInput(Integer monthlyCap, Long version) {
    }

    private final ReachSettings settings;
    private final MarketingTouches touches;

    ReachApi(ReachSettings settings, MarketingTouches touches) {
        this.settings = settings;
        this.touches = touches;
    }

    @GetMapping("/reach-settings")
    ReachSettings.Settings settings() {
        return settings.settings();
    }

    @PutMapping("/reach-settings")
    @PreAuthorize("hasAuthority('marketing.reach') or hasAuthority('setting.edit')")
    @Operation(summary = "Change the monthly cap", description = "`monthlyCap` 1–100 marketing touches per contact and calendar month (Asia/Shanghai), across all campaigns; `version` as read, else 409")
    ReachSettings.Settings save(@RequestBody(required = false) SettingsInput input) {
        if (input == null) {
            throw InvalidInputException.of("monthlyCap", "reach.error.required");
        }
        return settings.save(input.monthlyCap(), input.version());
    }

    @GetMapping("/touches/{kind}/{id}")
    @Operation(summary = "What the gate decided for a source", description = "`kind` CAMPAIGN, GREETING…; admitted and held back by reason")
    GateOutcome totals(@PathVariable String kind, @PathVariable long id) {
        return touches.totals(source(kind, id));
    }

    @GetMapping("/touches/{kind}/{id}/held-back")
    @Operation(summary = "The contacts a source held back, with the reason", description = "`reason` NO_CONSENT, OPTED_OUT, CAP or NO_ADDRESS (all when absent); keyset paging: pass `next` as `after`; within the reader's data scope")
    KeysetPage<HeldBackContact> heldBack(@PathVariable String kind, @PathVariable long id,
            @RequestParam(required = false) TouchDecision reason, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return touches.heldBack(source(kind, id), reason, after, size);
    }

    static TouchSource source(String kind, long id) {
        return ReachSources.parse(kind, id);
    }
}
