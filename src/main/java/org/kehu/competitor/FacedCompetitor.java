package org.kehu.competitor;

/** A competitor an opportunity faces, and whether the opportunity was lost to it. */
public record FacedCompetitor(long competitorId, String code, String name, boolean lostTo) {
}
