package org.kehu.identity;

/** How much of the owned records a role sees: its own, its department's (with sub-departments) or all. */
public enum DataScope {
    OWN, DEPARTMENT, ALL;

    /** The wider of two scopes: a user with several roles sees what the widest lets them see. */
    public DataScope widest(DataScope other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
