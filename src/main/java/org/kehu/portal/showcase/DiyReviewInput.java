package org.kehu.portal.showcase;

/** A review step over the API: the reason (required to reject) and the version the reviewer read (optional). */
public record DiyReviewInput(String reason, Long version) {
}
