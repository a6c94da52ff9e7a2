package org.kehu.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes one table — a header row and then data rows — as a CSV or Excel file, straight to an output stream.
 * Every list export of Kehu goes through here, so that they all behave alike:
 * <ul>
 * <li>CSV is UTF-8 with a byte-order mark, because Excel reads a CSV without one in the system code page and
 * garbles Chinese text;</li>
 * <li>Excel has a bold header row and is flushed every {@value #FLUSH_EVERY} rows, so that a large export
 * never sits in memory;</li>
 * <li>rows are pushed by the caller through a callback ({@link Rows}) while the database streams them: nothing
 * collects all rows first.</li>
 * </ul>
 * A value is a {@link String} (or {@code null}, written as empty) or a {@link Number}; numbers become numeric
 * cells in Excel (so that they can be summed) and plain digits in CSV ({@link BigDecimal#toPlainString()}).
 * Text that a spreadsheet would run as a formula is neutralised in CSV ({@link SafeCsvWriter}); Excel cells are
 * written as text or number cells, never as formulas, so they need nothing.
 */
public final class TableExport {

    /** Rows are written to the Excel sheet's stream after this many, keeping memory flat. */
    public static final int FLUSH_EVERY = 1000;

    /** The file formats of an export, with what the HTTP response needs to know about them. */
    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        /** The value of the Content-Type header. */
        public String contentType() {
            return contentType;
        }

        /** The file name extension, without the dot. */
        public String extension() {
            return extension;
        }
    }

    /** Takes the data rows, one call per row, each with one value per header column. */
    @FunctionalInterface
    public interface RowSink {

        void row(List<?> values);
    }

    /** Feeds every data row to the sink it is given, typically while reading them from the database. */
    @FunctionalInterface
    public interface Rows {

        void writeTo(RowSink sink) throws IOException;
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExport() {
    }

    /**
     * Writes the header and every row that {@code rows} pushes; {@code sheetName} names the Excel sheet (CSV
     * has no name). The stream is flushed at the end but not closed.
     */
    public static void write(Format format, OutputStream out, String sheetName, List<String> header, Rows rows)
            throws IOException {
        if (format == Format.XLSX) {
            writeExcel(out, sheetName, header, rows);
        } else {
            writeCsv(out, header, rows);
        }
    }

    private static void writeCsv(OutputStream out, List<String> header, Rows rows) throws IOException {
        out.write(UTF8_BOM);
        SafeCsvWriter csv = new SafeCsvWriter(CsvWriter.builder().build(out, StandardCharsets.UTF_8));
        csv.writeRecord(header);
        rows.writeTo(csv::writeRecord);
        csv.flush();
    }

    private static void writeExcel(OutputStream out, String sheetName, List<String> header, Rows rows)
            throws IOException {
        Workbook wb = new Workbook(out, "Kehu", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName);
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
            ws.style(0, c).bold().set();
        }
        int[] r = {1};
        rows.writeTo(values -> {
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    ws.value(r[0], c, number);
                } else {
                    ws.value(r[0], c, value == null ? null : value.toString());
                }
            }
            if (++r[0] % FLUSH_EVERY == 0) {
                flush(ws);
            }
        });
        ws.finish();
        wb.finish();
    }

    private static void flush(Worksheet ws) {
        try {
            ws.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
