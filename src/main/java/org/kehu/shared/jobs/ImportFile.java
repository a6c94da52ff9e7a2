package org.kehu.shared.jobs;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * An uploaded CSV or Excel (.xlsx) file, read as a stream of rows of text: the header, then one data row
 * at a time, so that a file of any length costs the same memory. Only the rows the file holds are read:
 * an Excel row numbered 5,000,000 is one row, reported with its own number, not the last of five million.
 * Anything but CSV or Excel, an empty file or an unreadable one is refused with
 * {@link ImportRefusedException}. CSV files may be UTF-8 (with or without BOM) or GB18030, which is
 * what Excel saves in China. Close it when done.
 */
public final class ImportFile implements Closeable {

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A data row: its number as the user sees it in the file (header = row 1) and its cells. */
    public record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(s -> s == null || s.isBlank());
        }
    }

    private final List<String> header;
    private final Iterator<Line> records;
    private final Closeable source;
    private Line next;

    private ImportFile(Iterator<Line> records, Closeable source) {
        this.records = records;
        this.source = source;
        try {
            Line first = nextNonBlank();
            if (first == null) {
                throw new ImportRefusedException("import.file.error.empty");
            }
            this.header = first.cells();
            this.next = nextNonBlank();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Opens the file and reads its header; refuses a file that is not CSV or Excel, or holds nothing. */
    public static ImportFile open(String filename, Path file) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        byte[] start = start(file);
        if (start.length == 0) {
            throw new ImportRefusedException("import.file.error.empty");
        }
        boolean zip = start.length > 4 && ReadableWorkbook.isOOXMLZipHeader(start);
        try {
            if (name.endsWith(".xlsx") && zip) {
                return openExcel(file);
            }
            if (name.endsWith(".csv") && !zip && looksLikeText(start)) {
                return openCsv(file);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("import.file.error.unreadable");
        }
        throw new ImportRefusedException("import.file.error.not-csv-or-excel");
    }

    /** The header row's cells, as the file has them. */
    public List<String> header() {
        return header;
    }

    /** The next non-blank data row, or null at the end. */
    public Line next() {
        Line line = next;
        if (line != null) {
            next = nextNonBlank();
        }
        return line;
    }

    /** Counts the data rows from here to the end, or up to {@code limit}, reading them. */
    public long count(long limit) {
        long n = 0;
        while (n < limit && next() != null) {
            n++;
        }
        return n;
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            // read-only; nothing is lost
        }
    }

    private Line nextNonBlank() {
        try {
            while (records.hasNext()) {
                Line line = records.next();
                if (!line.blank()) {
                    return line;
                }
            }
            return null;
        } catch (RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("import.file.error.unreadable");
        }
    }

    private static byte[] start(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeText(byte[] start) {
        for (byte b : start) {
            if (b == 0) {
                return false;
            }
        }
        return !(start.length > 4 && start[0] == '%' && start[1] == 'P' && start[2] == 'D' && start[3] == 'F');
    }

    private static ImportFile openCsv(Path file) throws IOException {
        Charset charset = charsetOf(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
                in.reset();
            }
        }
        Reader reader = new InputStreamReader(in, charset);
        CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(reader);
        Iterator<CsvRecord> records = csv.iterator();
        Iterator<Line> lines = new Iterator<>() {
            private int number;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Line next() {
                return new Line(++number, records.next().getFields());
            }
        };
        return new ImportFile(lines, csv);
    }

    /** UTF-8 when the whole file decodes as UTF-8, else GB18030; decided by reading it once, in chunks. */
    private static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), utf8)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    /**
     * Streams the first sheet's rows as the file stores them; each row keeps its own number. Nothing
     * here fills the rows a file leaves out, so memory and time follow the rows present, not their numbers.
     */
    private static ImportFile openExcel(Path file) throws IOException {
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
        Stream<Row> rows;
        try {
            rows = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
        Iterator<Row> iterator = rows.iterator();
        Iterator<Line> lines = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public Line next() {
                if (!iterator.hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = iterator.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                return new Line(row.getRowNum(), cells);
            }
        };
        return new ImportFile(lines, () -> {
            rows.close();
            workbook.close();
        });
    }

    /** Numbers as typed (a mobile stays 13812345678), dates as ISO dates. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("y") || format.contains("d")) && !format.contains("0")) {
                // A date-time format (with hours) keeps its time, e.g. an order's "2010-12-01 08:26".
                return format.contains("h") || format.contains("H")
                        ? cell.asDate().format(DATE_TIME) : cell.asDate().toLocalDate().toString();
            }
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return cell.asBoolean() ? "true" : "false";
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    /** Excel's serial day number, for dates typed into a text-formatted column. */
    public static LocalDate excelDate(long serial) {
        return LocalDate.of(1899, 12, 30).plusDays(serial);
    }
}
