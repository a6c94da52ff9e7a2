package org.kehu.order;

import java.time.Instant;

/** A contract file attached to an order (without its content). */
public record ContractInfo(long id, String filename, String contentType, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {
}
