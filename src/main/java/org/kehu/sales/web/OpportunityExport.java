package org.kehu.sales.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.kehu.sales.internal.OpportunityFilter;
import org.kehu.sales.internal.OpportunityQueries;
import org.kehu.sales.internal.OpportunityRow;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.Formats;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;
import org.kehu.shared.web.Messages;

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
        TableExport.Format f = ExportDownload.format(format, "sales.error.export-format");
        OutputStream out = ExportDownload.start(response, f, "opportunities-" + LocalDate.now(BusinessTime.ZONE));
        List<String> header = COLUMNS.stream().map(c -> messages.text("sales.field." + c)).toList();
        TableExport.write(f, out, messages.text("sales.list.title"), header,
                sink -> queries.export(filter, row -> sink.row(values(row, labels))));
        response.flushBuffer();
    }

    private static List<String> values(OpportunityRow r, SalesLabels l) {
        return java.util.Arrays.asList(r.prospectName(), r.summary(), l.source(r.sourceCode()), l.stage(r.stageCode()),
                l.status(r.status()), r.probability() + "%", r.expectedAmount() == null ? "" : r.expectedAmount().toPlainString(),
                Formats.date(r.expectedCloseDate()), r.ownerName(), r.contactName() == null ? "" : r.contactName(),
                Formats.dateTime(r.createdAt()));
    }
}
