package org.kehu.knowledge;

/** Who may read an article: staff only, customers (on the portal) only, or both. Staff pages show every article. */
public enum Visibility {
    STAFF, CUSTOMERS, BOTH;

    /** Whether the portal shows the article (when published). */
    public boolean sharedWithCustomers() {
        return this != STAFF;
    }
}
