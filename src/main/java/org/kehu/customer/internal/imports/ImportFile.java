package org.kehu.customer.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads an uploaded CSV or Excel (.xlsx) file into a header and rows of text. Anything else, an empty
 * file or an unreadable one is refused with {@link ImportRefusedException} before anything is written.
 * CSV files may be UTF-8 (with or without BOM) or GB18030, which is what Excel saves in China.
 */
final class ImportFile {

    static final int MAX_ROWS = 50_000;

    /** A data row: its number as the user sees it in the file (header = row 1) and its cells. */
    record Line(int number, List<String> cells) {
    }

    final List<String> header;
    final List<Line> lines;

    private ImportFile(List<String> header, List<Line> lines) {
        this.header = header;
        this.lines = lines;
    }

    static ImportFile read(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new ImportRefusedException("customer.import.error.empty-file");
        }
        boolean zip = content.length > 4 && ReadableWorkbook.isOOXMLZipHeader(content);
        if (name.endsWith(".xlsx") && zip) {
            return readExcel(content);
        }
        if (name.endsWith(".csv") && !zip && looksLikeText(content)) {
            return readCsv(content);
        }
        throw new ImportRefusedException("customer.import.error.not-csv-or-excel");
    }

    private static boolean looksLikeText(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return !(content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F');
    }

    private static ImportFile readCsv(byte[] content) {
        String text = decode(content);
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                records.add(record.getFields());
                if (records.size() > MAX_ROWS + 1) {
                    throw new ImportRefusedException("customer.import.error.too-many-rows");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("customer.import.error.unreadable");
        }
        return of(records);
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static ImportFile readExcel(byte[] content) {
        List<List<String>> records = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content); ReadableWorkbook wb = new ReadableWorkbook(in);
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                while (records.size() < row.getRowNum() - 1) {
                    records.add(List.of()); // a blank row Excel did not store
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                records.add(cells);
                if (records.size() > MAX_ROWS + 1) {
                    throw new ImportRefusedException("customer.import.error.too-many-rows");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("customer.import.error.unreadable");
        }
        return of(records);
    }

    /** Numbers as typed (a mobile stays 13812345678), dates as ISO dates. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("y") || format.contains("d")) && !format.contains("0")) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return cell.asBoolean() ? "true" : "false";
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static ImportFile of(List<List<String>> records) {
        int first = 0;
        while (first < records.size() && records.get(first).stream().allMatch(s -> s == null || s.isBlank())) {
            first++;
        }
        if (first == records.size()) {
            throw new ImportRefusedException("customer.import.error.empty-file");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = first + 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().anyMatch(s -> s != null && !s.isBlank())) {
                lines.add(new Line(i + 1, cells));
            }
        }
        return new ImportFile(records.get(first), lines);
    }

    /** Excel's serial day number, for dates typed into a text-formatted column. */
    static LocalDate excelDate(long serial) {
        return LocalDate.of(1899, 12, 30).plusDays(serial);
    }
}
