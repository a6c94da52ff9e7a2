package org.kehu.shared.web;

import java.io.IOException;
import java.io.OutputStream;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.export.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTTP side of a list export, shared by pages and APIs: reads the {@code format} parameter and starts the
 * download, so that every export answers a wrong format and names its file the same way.
 */
public final class ExportDownload {

    private ExportDownload() {
    }

    /**
     * {@code csv} or {@code xlsx}, in any case; anything else is a 400 naming the field {@code format} with
     * {@code errorKey} as its message.
     */
    public static TableExport.Format format(String format, String errorKey) {
        if ("csv".equalsIgnoreCase(format)) {
            return TableExport.Format.CSV;
        }
        if ("xlsx".equalsIgnoreCase(format)) {
            return TableExport.Format.XLSX;
        }
        throw InvalidInputException.of("format", errorKey);
    }

    /**
     * Sets the content type and the attachment name ({@code baseName} plus the format's extension) and returns
     * the response body to write the file to.
     */
    public static OutputStream start(HttpServletResponse response, TableExport.Format format, String baseName)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(baseName + "." + format.extension()).build().toString());
        return response.getOutputStream();
    }
}
