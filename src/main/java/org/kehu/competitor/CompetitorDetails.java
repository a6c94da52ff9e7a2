package org.kehu.competitor;

import java.time.Instant;

/** A competitor file (竞争对手档案) with who changed it last and when. */
public record CompetitorDetails(long id, String code, String name, String background, String development,
        String fields, String strategy, Instant createdAt, Instant updatedAt, String updatedByName, long version) {
}
