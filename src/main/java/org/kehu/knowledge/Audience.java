package org.kehu.knowledge;

/** Who searches: staff (every article) or a customer on the portal (published articles shared with customers). */
public enum Audience {
    STAFF, CUSTOMERS
}
