package org.kehu.catalog.web;

import java.time.Instant;

import org.kehu.shared.BusinessTime;

/** Times as people in China read them, for the catalogue templates (model attribute {@code times}). */
public final class CatalogTimes {

    public String minutes(Instant at) {
        return BusinessTime.minutes(at);
    }
}
