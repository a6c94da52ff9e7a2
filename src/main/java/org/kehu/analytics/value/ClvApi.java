package org.kehu.analytics.value;

import org.kehu.customer.CustomerManagement;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Customer lifetime value over REST: fit the models, read the current one, a customer's value. A fit the data
 * cannot support answers 409 with the reason; a customer outside the caller's scope answers 404.
 */
@RestController
@Tag(name = "Customer value", description = "BG/NBD and Gamma-Gamma models of the purchases, and customers' lifetime value")
class ClvApi {

    static final int MAX_HORIZON_DAYS = 3650;

    private final ClvFitting fitting;
    private final ClvModelStore store;
    private final CustomerValueQuery values;
    private final CustomerManagement customers;
    private final UserDirectory users;

    ClvApi(ClvFitting fitting, ClvModelStore store, CustomerValueQuery values, CustomerManagement customers,
            UserDirectory users) {
        this.fitting = fitting;
        this.store = store;
        this.values = values;
        this.customers = customers;
        this.users = users;
    }

    @PostMapping("/api/v1/analytics/clv/fit")
    @PreAuthorize("hasAuthority('model.edit')")
    @Operation(summary = "Fit the models up to a calibration end", description = "Body {\"calibrationEnd\": \"yyyy-MM-dd\"} (default today, not in the future). Answers the parameters (BG/NBD rates per week, see timeUnit), their standard errors, the log-likelihoods and the holdout figure; every customer is then scored in the background (status SCORING, then DONE). 409 when the purchases are too few to fit.")
    ClvResources.ModelResource fit(@RequestBody(required = false) ClvResources.FitRequest request) {
        Long userId = users.currentUser().map(u -> u.id()).orElse(null);
        return ClvResources.ModelResource.of(fitting.fitAndScore(request == null ? null : request.calibrationEnd(), userId));
    }

    @GetMapping("/api/v1/analytics/clv/model")
    @PreAuthorize("hasAuthority('report.view')")
    @Operation(summary = "The current model", description = "The newest fit whose scoring finished: both models' parameters with standard errors, the time unit of the BG/NBD rate, the holdout figure. 404 before the first fit.")
    ClvResources.ModelResource model() {
        return store.current().map(ClvResources.ModelResource::of)
                .orElseThrow(() -> new RecordNotFoundException("CLV model", "current"));
    }

    @GetMapping("/api/v1/customers/{id}/value")
    @PreAuthorize("hasAuthority('customer.view')")
    @Operation(summary = "A customer's value", description = "As of the current model's calibration end: pAlive, expectedPurchases in the next horizonDays (1–3650, default 365), expectedOrderValue, clv over that horizon at the settings' discount rate; null figures when the customer had not bought by then.")
    ClvResources.CustomerValueResource value(@PathVariable long id, @RequestParam(defaultValue = "365") String horizonDays) {
        int horizon = horizon(horizonDays);
        if (customers.summary(id).isEmpty()) {
            throw new RecordNotFoundException("Customer", id);
        }
        return values.value(id, horizon).orElseThrow(() -> new RecordNotFoundException("CLV model", "current"));
    }

    static int horizon(String text) {
        int days;
        try {
            days = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("horizonDays", "clv.horizon.range");
        }
        if (days < 1 || days > MAX_HORIZON_DAYS) {
            throw InvalidInputException.of("horizonDays", "clv.horizon.range");
        }
        return days;
    }
}
