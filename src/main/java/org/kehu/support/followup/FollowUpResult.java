package org.kehu.support.followup;

/** What a follow-up visit found: how it was made, what was said, the customer's satisfaction 1–5 if given. */
public record FollowUpResult(FollowUpMethod method, String result, Integer satisfaction, Long version) {
}
