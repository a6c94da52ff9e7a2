package org.kehu.marketing.plan;

import java.time.LocalDate;

import org.kehu.shared.web.RefuseUnknownFields;

/** A market research record as written: topic, method, period and findings; {@code version} when changing. */
@RefuseUnknownFields
public record ResearchInput(String topic, String method, LocalDate periodStart, LocalDate periodEnd, String findings,
        Long version) {

    public ResearchInput {
        topic = topic == null ? null : topic.strip();
        findings = findings == null || findings.isBlank() ? null : findings.strip();
    }
}
