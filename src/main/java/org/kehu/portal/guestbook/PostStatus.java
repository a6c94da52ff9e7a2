package org.kehu.portal.guestbook;

/**
 * Where a guestbook post stands: shown to customers, hidden by staff with a reason (its author still sees it, marked
 * as hidden), or deleted (by its author, or by staff as an expired post) and shown to no customer.
 */
public enum PostStatus {
    VISIBLE, HIDDEN, DELETED
}
