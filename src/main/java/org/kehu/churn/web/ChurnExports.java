package org.kehu.churn.web;

import java.io.IOException;
import java.time.LocalDate;

import org.kehu.churn.ChurnEarlyWarnings;
import org.kehu.churn.ChurnWarnings;
import org.kehu.churn.EarlyWarningFilter;
import org.kehu.churn.WarningFilter;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.export.TableExport;
import org.kehu.shared.web.ExportDownload;

import jakarta.servlet.http.HttpServletResponse;

/** Streams the warning export into the response, for the page and the API alike. */
public final class ChurnExports {

    private ChurnExports() {
    }

    public static void write(ChurnWarnings warnings, WarningFilter filter, String format, HttpServletResponse response)
            throws IOException {
        TableExport.Format f = ExportDownload.format(format, "churn.error.export-format");
        warnings.export(filter, f, ExportDownload.start(response, f, "churn-warnings-" + LocalDate.now()));
        response.flushBuffer();
    }

    /** The early warning list's export. */
    public static void writeEarly(ChurnEarlyWarnings early, EarlyWarningFilter filter, String format,
            HttpServletResponse response) throws IOException {
        TableExport.Format f = ExportDownload.format(format, "churn.error.export-format");
        early.export(filter, f, ExportDownload.start(response, f, "churn-early-warnings-" + LocalDate.now(BusinessTime.ZONE)));
        response.flushBuffer();
    }
}
