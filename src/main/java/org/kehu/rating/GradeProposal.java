package org.kehu.rating;

/** A grade the data suggests for a factor, and why in words (localized), e.g. "customer since 2023-04-02, 2 years". */
public record GradeProposal(String factor, int grade, String reason) {
}
