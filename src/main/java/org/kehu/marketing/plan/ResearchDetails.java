package org.kehu.marketing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A market research record with its files. */
public record ResearchDetails(long id, String topic, ResearchMethod method, LocalDate periodStart, LocalDate periodEnd,
        String findings, String updatedByName, Instant updatedAt, long version, List<ResearchFile> files) {

    /** A file of the research, without its content. */
    public record ResearchFile(long id, String filename, String contentType, long sizeBytes) {
    }
}
