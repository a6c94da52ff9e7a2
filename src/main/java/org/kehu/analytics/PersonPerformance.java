package org.kehu.analytics;

/** A person's month: their revenue against their target and last year's. */
public record PersonPerformance(long userId, String name, MonthPerformance month) {
}
