package org.kehu.portal.account;

/** Where a portal account stands: invited (no password yet), active (may sign in), disabled by staff. */
public enum PortalAccountStatus {
    INVITED, ACTIVE, DISABLED;

    /** Staff may disable an active or invited account, and enable a disabled one. */
    public boolean canDisable() {
        return this != DISABLED;
    }

    public boolean canEnable() {
        return this == DISABLED;
    }
}
