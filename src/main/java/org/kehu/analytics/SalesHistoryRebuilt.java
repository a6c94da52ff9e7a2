package org.kehu.analytics;

import java.time.LocalDate;

/**
 * The sales read model was rebuilt from the order tables for these days (an import, a restore, a full rebuild), so
 * figures of past months may have changed: what was computed from them in advance (the company's forecast) is
 * computed again. Published in the rebuilding transaction; listeners act after it commits.
 */
public record SalesHistoryRebuilt(LocalDate from, LocalDate to) {
}
