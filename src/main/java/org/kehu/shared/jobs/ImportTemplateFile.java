package org.kehu.shared.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kehu.shared.export.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The file an import gives to fill in: the Chinese header and example rows, as CSV (UTF-8 with a byte-order mark,
 * so that Excel opens the Chinese text) or Excel, which adds a sheet listing every column with its Chinese and
 * English header (an import accepts either) and a note.
 */
public record ImportTemplateFile(String sheetName, List<Column> columns, List<List<String>> examples) {

    /** One column of the template: its two headers and what to write in it. */
    public record Column(String chinese, String english, String note) {
    }

    public List<String> chineseHeader() {
        return columns.stream().map(Column::chinese).toList();
    }

    public void writeCsv(OutputStream out) {
        try {
            TableExport.write(TableExport.Format.CSV, out, sheetName, chineseHeader(), sink -> examples.forEach(sink::row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the template as an attachment named {@code name} with {@code .csv} or {@code .xlsx} added. */
    public void send(HttpServletResponse response, boolean csv, String name) throws IOException {
        response.setContentType(csv ? "text/csv;charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + (csv ? ".csv" : ".xlsx"), StandardCharsets.UTF_8).build().toString());
        if (csv) {
            writeCsv(response.getOutputStream());
        } else {
            writeExcel(response.getOutputStream());
        }
    }

    public void writeExcel(OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Kehu", "1.0");
            Worksheet sheet = wb.newWorksheet(sheetName);
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).chinese());
                sheet.style(0, c).bold().set();
                for (int r = 0; r < examples.size(); r++) {
                    sheet.value(r + 1, c, examples.get(r).get(c));
                }
            }
            Worksheet help = wb.newWorksheet("说明 Columns");
            help.value(0, 0, "中文表头");
            help.value(0, 1, "English header");
            help.value(0, 2, "说明 / Notes");
            for (int i = 0; i < columns.size(); i++) {
                help.value(i + 1, 0, columns.get(i).chinese());
                help.value(i + 1, 1, columns.get(i).english());
                help.value(i + 1, 2, columns.get(i).note());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
