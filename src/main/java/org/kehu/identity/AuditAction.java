package org.kehu.identity;

/** What an audit log entry records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT, CREATE, UPDATE, DELETE, TRANSFER, MERGE, IMPORT, EXPORT
}
