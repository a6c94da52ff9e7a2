package org.kehu.competitor;

import java.time.Instant;

/** A competitor as the list shows it: its main fields of competition and how many products are on file. */
public record CompetitorRow(long id, String code, String name, String fields, int productCount, Instant updatedAt) {
}
