package org.kehu.sales.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kehu.sales.internal.OpportunityFilter;
import org.kehu.sales.internal.OpportunityQueries;
import org.kehu.sales.internal.OpportunityRow;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Streams the filtered opportunities as CSV (UTF-8 with a byte-order mark, which Excel needs for Chinese)
 * or as an Excel sheet, row by row as the database sends them; for the page and the API alike.
 */
public final class OpportunityExport {

    private static final List<String> COLUMNS = List.of("prospectName", "summary", "source", "stage", "status",
            "probability", "expectedAmount", "expectedCloseDate", "owner", "contactName", "createdAt");

    private OpportunityExport() {
    }

    public static void write(OpportunityQueries queries, OpportunityFilter filter, String format, SalesLabels labels,
            Messages messages, HttpServletResponse response) throws IOException {
        boolean excel;
        if ("csv".equalsIgnoreCase(format)) {
            excel = false;
        } else if ("xlsx".equalsIgnoreCase(format)) {
            excel = true;
        } else {
            throw InvalidInputException.of("format", "sales.error.export-format");
        }
        String filename = "opportunities-" + LocalDate.now(BusinessTime.ZONE) + (excel ? ".xlsx" : ".csv");
        response.setContentType(excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        List<String> header = COLUMNS.stream().map(c -> messages.text("sales.field." + c)).toList();
        OutputStream out = response.getOutputStream();
        if (excel) {
            Workbook wb = new Workbook(out, "Kehu", "1.0");
            Worksheet ws = wb.newWorksheet(messages.text("sales.list.title"));
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            queries.export(filter, row -> {
                List<String> values = values(row, labels);
                for (int c = 0; c < values.size(); c++) {
                    ws.value(r[0], c, values.get(c));
                }
                if (++r[0] % 1000 == 0) {
                    try {
                        ws.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            ws.finish();
            wb.finish();
        } else {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8);
            csv.writeRecord(header);
            queries.export(filter, row -> csv.writeRecord(values(row, labels)));
            csv.flush();
        }
        response.flushBuffer();
    }

    private static List<String> values(OpportunityRow r, SalesLabels l) {
        return java.util.Arrays.asList(r.prospectName(), r.summary(), l.source(r.sourceCode()), l.stage(r.stageCode()),
                l.status(r.status()), r.probability() + "%", r.expectedAmount() == null ? "" : r.expectedAmount().toPlainString(),
                l.date(r.expectedCloseDate()), r.ownerName(), r.contactName() == null ? "" : r.contactName(),
                l.time(r.createdAt()));
    }
}
