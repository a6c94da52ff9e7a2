package org.kehu.portal.guestbook;

/**
 * What staff choose when they turn a post into a suggestion ticket: the suggestion's category (dictionary
 * {@code SUGGESTION_CATEGORY}), the department it is routed to, and the priority ({@code null}: NORMAL).
 */
public record SuggestionTicketRequest(String categoryCode, Long departmentId, String priorityCode) {
}
