package org.kehu.analytics.targets;

import java.time.LocalDate;

import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sales targets over REST: a year of monthly targets per person against their revenue, with department totals. The
 * reader's data scope applies to both reading and setting.
 */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Sales targets", description = "Monthly sales targets per person and department, and their completion")
class TargetApi {

    private final TargetSheets sheets;
    private final TargetEditing editing;

    TargetApi(TargetSheets sheets, TargetEditing editing) {
        this.sheets = sheets;
        this.editing = editing;
    }

    @GetMapping
    @Operation(summary = "A year of targets against revenue", description = "year (default: this year), department "
            + "(with its sub-departments), user. Each person's months with target, revenue (net of returns) and completion "
            + "(revenue / target), the row's version, the totals per department and overall. Within the caller's data scope.")
    TargetSheet get(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long department,
            @RequestParam(required = false) Long user) {
        return sheets.sheet(year(year), department, user);
    }

    @PutMapping
    @Operation(summary = "Set monthly targets", description = """
            `{"year": 2026, "targets": [{"userId": 4, "version": 0, "months": [{"month": 1, "amount": 300000}]}]}`:
            amounts 0 to 10,000,000,000 yuan (null clears the month), months 1–12; `version` as read (0 for a person without
            targets that year), a stale one answers 409. A person outside the caller's scope answers 403. Answers the
            people's rows as GET does.""")
    TargetSheet put(@RequestBody TargetInput input) {
        return editing.save(input);
    }

    private static int year(Integer year) {
        if (year == null) {
            return LocalDate.now(BusinessTime.ZONE).getYear();
        }
        if (year < TargetEditing.FIRST_YEAR || year > TargetEditing.LAST_YEAR) {
            throw InvalidInputException.of("year", "targets.error.year");
        }
        return year;
    }
}
