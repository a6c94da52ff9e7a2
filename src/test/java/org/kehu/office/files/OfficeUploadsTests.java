package org.kehu.office.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kehu.shared.InvalidInputException;

class OfficeUploadsTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private static OfficeUploads.Checked check(String name, byte[] content) {
        return OfficeUploads.check(new OfficeUploads.Upload(name, content), 1024, "file");
    }

    private static String refusal(String name, byte[] content) {
        try {
            check(name, content);
            return null;
        } catch (InvalidInputException e) {
            return e.fieldErrors().get("file");
        }
    }

    @Test
    void officeDocumentsKeepTheirNameAndGetTheirType() {
        var docx = check("报价单.docx", "PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(docx.filename()).isEqualTo("报价单.docx");
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check("notes", "hello there".getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void picturesAreTypedByTheirContentNotTheirName() {
        var png = check("photo.jpg", PNG);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.filename()).isEqualTo("photo.jpg.png");
    }

    @Test
    void refusesProgramsByNameOrByContent() {
        assertThat(refusal("setup.exe", "just text here".getBytes(StandardCharsets.UTF_8))).isEqualTo("office.upload.error.type");
        assertThat(refusal("invoice.pdf.js", "alert(1) // text".getBytes(StandardCharsets.UTF_8))).isEqualTo("office.upload.error.type");
        assertThat(refusal("report.docx", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("office.upload.error.type");
        assertThat(refusal("run.txt", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8))).isEqualTo("office.upload.error.type");
    }

    @Test
    void refusesAPictureOrPdfNameOverOtherContent() {
        assertThat(refusal("scan.pdf", "<html><script>x</script>".getBytes(StandardCharsets.UTF_8))).isEqualTo("office.upload.error.type");
        assertThat(refusal("logo.png", "GIF? no, plain text".getBytes(StandardCharsets.UTF_8))).isEqualTo("office.upload.error.type");
    }

    @Test
    void refusesEmptyOversizedAndNamelessFiles() {
        assertThat(refusal("a.txt", new byte[0])).isEqualTo("office.upload.error.empty");
        assertThat(refusal("a.txt", new byte[1025])).isEqualTo("office.upload.error.too-large");
        assertThat(refusal("  ", "x".getBytes(StandardCharsets.UTF_8))).isEqualTo("office.upload.error.name");
        assertThat(refusal("a\u0000.txt", "x".getBytes(StandardCharsets.UTF_8))).isEqualTo("office.upload.error.name");
    }

    @Test
    void dropsTheFolderPartOfTheName() {
        assertThat(check("C:\\Users\\周\\合同.txt", "text".getBytes(StandardCharsets.UTF_8)).filename()).isEqualTo("合同.txt");
        assertThat(check("../../etc/passwd.txt", "text".getBytes(StandardCharsets.UTF_8)).filename()).isEqualTo("passwd.txt");
        assertThatThrownBy(() -> check("..", "text".getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidInputException.class);
    }
}
