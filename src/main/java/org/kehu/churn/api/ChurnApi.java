package org.kehu.churn.api;

import java.io.IOException;

import org.kehu.churn.ChurnEarlyWarnings;
import org.kehu.churn.ChurnSettings;
import org.kehu.churn.EarlyWarningFilter;
import org.kehu.churn.EarlyWarningRow;
import org.kehu.churn.ChurnWarnings;
import org.kehu.churn.ConfirmInput;
import org.kehu.churn.CustomerChurn;
import org.kehu.churn.PostponeInput;
import org.kehu.churn.SettingsInput;
import org.kehu.churn.WarningRow;
import org.kehu.churn.web.ChurnWebSupport;
import org.kehu.churn.web.ChurnExports;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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
 * Churn warnings over REST. The caller's data scope applies to the customer's owner: a customer outside it, or
 * without an open warning, answers 404. Bad input answers 400 naming the field; acting on a confirmed warning 409.
 */
@RestController
@RequestMapping("/api/v1/churn")
@Tag(name = "Churn", description = "Churn warnings: the list, postponing and confirming, settings")
class ChurnApi {

    private final ChurnWarnings warnings;
    private final ChurnEarlyWarnings early;

    ChurnApi(ChurnWarnings warnings, ChurnEarlyWarnings early) {
        this.warnings = warnings;
        this.early = early;
    }

    @GetMapping("/warnings")
    @Operation(summary = "List churn warnings", description = "Filters state (PENDING by default, POSTPONED, CONFIRMED, CLEARED), owner, region (province code), reason (CHURN_REASON code); longest without a sale first; keyset paging: pass `next` as `after`.")
    KeysetPage<WarningRow> list(@RequestParam(required = false) String state, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String region, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return warnings.page(ChurnWebSupport.filter(state, owner, region, reason), after, PageBounds.size(size, 200));
    }

    @GetMapping("/warnings/export")
    @PreAuthorize("hasAuthority('churn.view') and hasAuthority('report.export')")
    @Operation(summary = "Export the filtered warnings", description = "format=csv or xlsx; streamed; needs report.export")
    void export(@RequestParam(required = false) String state, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String region, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ChurnExports.write(warnings, ChurnWebSupport.filter(state, owner, region, reason), format, response);
    }

    @GetMapping("/early-warnings")
    @Operation(summary = "List the early warnings", description = "Customers whose P(alive) is below the settings' threshold though the rule has not flagged them (no open warning, not lost); lowest P(alive) first; filters owner, region (province or city code); keyset paging: pass `next` as `after`. Empty without a fitted lifetime value model.")
    KeysetPage<EarlyWarningRow> early(@RequestParam(required = false) Long owner,
            @RequestParam(required = false) String region, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return early.page(new EarlyWarningFilter(owner, region), after, PageBounds.size(size, 200));
    }

    @GetMapping("/early-warnings/export")
    @PreAuthorize("hasAuthority('churn.view') and hasAuthority('report.export')")
    @Operation(summary = "Export the early warnings", description = "format=csv or xlsx; streamed; needs report.export")
    void exportEarly(@RequestParam(required = false) Long owner, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ChurnExports.writeEarly(early, new EarlyWarningFilter(owner, region), format, response);
    }

    @GetMapping("/warnings/{customerId}")
    @Operation(summary = "The customer's open warning")
    WarningRow get(@PathVariable long customerId) {
        return warnings.open(customerId);
    }

    @PostMapping("/warnings/{customerId}/postpone")
    @Operation(summary = "Postpone (暂缓流失)", description = "`measure` (text, required, ≤ 1000) and `until` (yyyy-MM-dd, after today, at most a year ahead); the warning is hidden until then")
    WarningRow postpone(@PathVariable long customerId, @RequestBody(required = false) PostponeInput input) {
        return warnings.postpone(customerId, input == null ? new PostponeInput() : input);
    }

    @PostMapping("/warnings/{customerId}/confirm")
    @Operation(summary = "Confirm the churn (确认流失)", description = "`reason` (CHURN_REASON code, required), optional `note`; the customer becomes LOST")
    WarningRow confirm(@PathVariable long customerId, @RequestBody(required = false) ConfirmInput input) {
        return warnings.confirm(customerId, input == null ? new ConfirmInput() : input);
    }

    @GetMapping("/customers/{customerId}")
    @Operation(summary = "A customer's churn state and history")
    CustomerChurn ofCustomer(@PathVariable long customerId) {
        return warnings.ofCustomer(customerId);
    }

    @GetMapping("/settings")
    ChurnSettings settings() {
        return warnings.settings();
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the settings", description = "`inactivityMonths` (1–60), `threshold` (P(alive), 0–1 exclusive, 3 decimals), `version`; needs model.edit or setting.edit")
    ChurnSettings saveSettings(@RequestBody(required = false) SettingsInput input) {
        if (input == null) {
            throw InvalidInputException.of("inactivityMonths", "churn.error.required");
        }
        return warnings.saveSettings(input);
    }
}
