package org.kehu.portal.guestbook;

import java.time.Instant;

/**
 * A guestbook post as the pages and the API show it. A thread's root has no {@code threadId}; a reply names its
 * thread. Written either by a customer's contact ({@code customerId}, {@code contactId}) or by staff
 * ({@code staff}: "answered as staff"). {@code ticketId} is the suggestion ticket staff made of it.
 */
public record GuestbookPost(long id, Long threadId, Long customerId, Long contactId, boolean staff, String authorName,
        String body, PostStatus status, String hiddenReason, String moderatedBy, Instant moderatedAt, Long ticketId,
        Instant createdAt, Instant editedAt, long version) {

    public boolean root() {
        return threadId == null;
    }

    /** The thread this post belongs to: itself when it is a root. */
    public long threadRoot() {
        return threadId == null ? id : threadId;
    }
}
