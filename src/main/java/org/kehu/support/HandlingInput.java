package org.kehu.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The handling step: what was done ({@code note}, required) and, for after-sales tickets, the service record
 * (service type, time, person, content, charges, the customer's feedback on the spot) with the spare parts
 * used, issued from {@code warehouseId}.
 */
public record HandlingInput(String note, String serviceType, Instant serviceTime, String servicePerson,
        String serviceContent, BigDecimal charges, String customerFeedback, Long warehouseId, List<PartLine> parts,
        Long version) {

    public HandlingInput {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A spare part and how many were used. */
    public record PartLine(Long productId, BigDecimal quantity) {
    }
}
