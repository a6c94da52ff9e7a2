package org.kehu.shared.jobs;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into a table by PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}, written in 1 MB chunks so
 * that any number of rows costs the same memory. Use the connection of the current Spring transaction
 * ({@code DataSourceUtils.getConnection}), so the rows commit or roll back with it. Strings are always
 * quoted (an empty string stays empty), {@code null} is SQL NULL; a NUL character, which PostgreSQL text
 * cannot hold, is dropped.
 */
public final class PgCopy {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 8192);
    private long rows;

    private PgCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code copy <table>(<columns>) from stdin (format csv)}. */
    public static PgCopy into(Connection connection, String table, String columns) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + "(" + columns + ") from stdin (format csv)");
        return new PgCopy(in);
    }

    /** One row, its values in the order of the columns. */
    public PgCopy row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            append(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
        return this;
    }

    /** Sends what is left and ends the copy; answers the number of rows copied. */
    public long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    /** Abandons the copy (the statement fails; the transaction should roll back). */
    public void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the copy is dead either way
        }
    }

    private void append(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof LocalDate) {
            buffer.append(value);
        } else {
            String s = value.toString();
            buffer.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    buffer.append("\"\"");
                } else if (c != '\u0000') {
                    buffer.append(c);
                }
            }
            buffer.append('"');
        }
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
