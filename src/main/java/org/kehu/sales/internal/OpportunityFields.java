package org.kehu.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The checked values a user may edit, as {@link OpportunityChecks} cleaned them. */
public record OpportunityFields(String sourceCode, String prospectName, int probability, boolean probabilityManual,
        String summary, String contactName, String contactPhone, String description, BigDecimal expectedAmount,
        LocalDate expectedCloseDate, String stageCode) {
}
