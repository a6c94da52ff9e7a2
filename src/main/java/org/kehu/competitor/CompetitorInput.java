package org.kehu.competitor;

/**
 * A competitor file as a form or the API sends it; {@code version} is the version the editor started from
 * (required to change one, ignored on create).
 */
public record CompetitorInput(String code, String name, String background, String development, String fields,
        String strategy, Long version) {
}
