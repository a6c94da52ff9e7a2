package org.kehu.shared.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.export.SafeCsvWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Starts a streamed CSV download: UTF-8 with a byte-order mark, which Excel needs to read Chinese text,
 * and the file name in the Content-Disposition header. Rows go straight to the response, each text cell
 * neutralised where a spreadsheet would run it as a formula ({@link SafeCsvWriter}).
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    public static SafeCsvWriter start(HttpServletResponse response, String filename) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return new SafeCsvWriter(CsvWriter.builder().build(out));
    }
}
