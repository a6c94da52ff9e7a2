package org.kehu.shared.web;

import java.sql.SQLException;

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22…: a value too long, a number out of range, a NUL
 * byte, a date out of range). Every such value should have been refused by a check first; when one was
 * not, the answer is still 400, never 500, and the log says which check is missing.
 */
final class BadData {

    private BadData() {
    }

    static boolean isCause(Throwable ex) {
        return find(ex) != null;
    }

    static String message(Throwable ex) {
        SQLException sql = find(ex);
        return sql == null ? "" : sql.getSQLState() + " " + sql.getMessage();
    }

    private static SQLException find(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql;
            }
        }
        return null;
    }
}
