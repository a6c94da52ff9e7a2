package org.kehu.analytics.loyal;

import java.io.IOException;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The loyal customer list over REST, in the caller's data scope; its settings. */
@RestController
@RequestMapping("/api/v1/analytics/loyal-customers")
@Tag(name = "Loyal customers", description = "Customers still buying (P(alive)) who are rated loyal or among the top CLV, with the reasons")
class LoyalApi {

    private final LoyalCustomers loyal;

    LoyalApi(LoyalCustomers loyal) {
        this.loyal = loyal;
    }

    @GetMapping
    @Operation(summary = "List the loyal customers", description = "Highest CLV first; each row names its reasons (LOYALTY_RATING, P_ALIVE, CLV_TOP) and says them in the reader's language; optional `owner`; keyset paging: pass `next` as `after`. Empty without a fitted lifetime value model.")
    KeysetPage<LoyalCustomer> list(@RequestParam(required = false) Long owner, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") int size) {
        return loyal.page(owner, after, PageBounds.size(size, 200));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('report.view') and hasAuthority('report.export')")
    @Operation(summary = "Export the loyal customers", description = "format=csv or xlsx; streamed; needs report.export")
    void export(@RequestParam(required = false) Long owner, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        LoyalPageController.write(loyal, owner, format, response);
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('report.view')")
    LoyalSettings settings() {
        return loyal.settings();
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the settings", description = "`minPAlive` (0–1 exclusive, 3 decimals), `minLoyalty` (VERY_LOYAL, LOYAL, BASICALLY_LOYAL), `clvTopPercent` (1–100), `version`; needs model.edit or setting.edit")
    LoyalSettings saveSettings(@RequestBody(required = false) LoyalSettingsInput input) {
        if (input == null) {
            throw InvalidInputException.of("minPAlive", "analytics.loyal.error.required");
        }
        return loyal.saveSettings(input);
    }
}
