package org.kehu.portal.company;

/** Where a company change request stands: waiting for the account manager, or decided. */
public enum ChangeStatus {
    PENDING, ACCEPTED, REJECTED
}
