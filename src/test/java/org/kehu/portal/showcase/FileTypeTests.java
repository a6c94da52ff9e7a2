package org.kehu.portal.showcase;

import org.kehu.shared.FileType;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileTypeTests {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void recognisesPicturesByTheirContentWhateverTheirName() {
        assertThat(FileType.of("photo.txt", DemoPictures.png(1, "x"))).contains(FileType.PNG);
        assertThat(FileType.of("a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4})).contains(FileType.JPEG);
        assertThat(FileType.of("a.gif", ascii("GIF89a......"))).contains(FileType.GIF);
        assertThat(FileType.of("a.webp", ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(FileType.WEBP);
        assertThat(FileType.of("a.pdf", ascii("%PDF-1.7\n..."))).contains(FileType.PDF);
    }

    @Test
    void refusesAScriptOrAPageRenamedAsAPicture() {
        assertThat(FileType.of("evil.png", ascii("<script>alert(1)</script>"))).isEmpty();
        assertThat(FileType.of("evil.svg", ascii("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))).isEmpty();
        assertThat(FileType.of("tiny.png", new byte[] {1, 2})).isEmpty();
    }

    @Test
    void checksCadFilesAgainstTheFormatTheirExtensionNames() {
        assertThat(FileType.of("part.dwg", ascii("AC1027\0\0\0\0\0\0"))).contains(FileType.DWG);
        assertThat(FileType.of("part.dxf", ascii("  0\nSECTION\n  2\nHEADER\n"))).contains(FileType.DXF);
        assertThat(FileType.of("part.dxf", ascii("999\ndxfrw\n  0\r\nSECTION\r\n"))).contains(FileType.DXF);
        assertThat(FileType.of("part.STEP", ascii("ISO-10303-21;\nHEADER;"))).contains(FileType.STEP);
        assertThat(FileType.of("part.stp", ascii("ISO-10303-21;\nHEADER;"))).contains(FileType.STEP);
        String igesStart = String.format("%-72sS%7d%n", "Kehu demo part", 1);
        assertThat(FileType.of("part.igs", ascii(igesStart))).contains(FileType.IGES);
        assertThat(FileType.of("part.dwg", ascii("MZ this is a program"))).isEmpty();
        assertThat(FileType.of("part.step", ascii("not a step file at all"))).isEmpty();
    }

    @Test
    void storedNamesEndInTheExtensionOfTheContent() {
        assertThat(FileType.PNG.nameFor("photo.txt")).isEqualTo("photo.txt.png");
        assertThat(FileType.PNG.nameFor("照片.PNG")).isEqualTo("照片.PNG");
        assertThat(FileType.JPEG.nameFor("dir/../x.jpeg")).isEqualTo("dir_.._x.jpeg");
        assertThat(FileType.PDF.nameFor(null)).isEqualTo("file.pdf");
    }

    @Test
    void aRejectedDesignIsFinalAndARecommendationMayBeWithdrawn() {
        assertThat(DiyStatus.SUBMITTED.next()).containsExactlyInAnyOrder(DiyStatus.ACCEPTED, DiyStatus.REJECTED,
                DiyStatus.RECOMMENDED);
        assertThat(DiyStatus.RECOMMENDED.canMoveTo(DiyStatus.ACCEPTED)).isTrue();
        assertThat(DiyStatus.REJECTED.next()).isEmpty();
        assertThat(DiyStatus.ACCEPTED.canMoveTo(DiyStatus.SUBMITTED)).isFalse();
    }
}
