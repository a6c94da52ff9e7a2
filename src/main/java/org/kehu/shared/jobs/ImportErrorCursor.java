package org.kehu.shared.jobs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a page of a job's row report starts: after this row and position ({@code <row>-<position>} in a URL). */
public record ImportErrorCursor(int row, int position) {

    /** Before the first error. */
    public static final ImportErrorCursor START = new ImportErrorCursor(0, -1);

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

    /** The cursor a URL gives; empty when the text is not one. */
    public static Optional<ImportErrorCursor> parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ImportErrorCursor(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    static ImportErrorCursor after(ImportRowError error) {
        return new ImportErrorCursor(error.row(), error.position());
    }

    /** As a URL carries it. */
    @Override
    public String toString() {
        return row + "-" + position;
    }
}
