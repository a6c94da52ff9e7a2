package org.kehu.office.files;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A few files in the demo staff's cabinets: a price list, meeting notes and a small PDF. */
@Component
class MyFilesDemoData implements DemoData {

    private record DemoFile(String owner, String filename, String contentType, byte[] content) {
    }

    /** The smallest well-formed PDF with one empty page. */
    static final byte[] ONE_PAGE_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;

    MyFilesDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.TASKS;
    }

    @Override
    public void load() {
        List<DemoFile> files = List.of(
                new DemoFile("manager", "2026年报价单.csv", "text/csv",
                        "产品,单价(元)\n深沟球轴承 6204,12.50\n圆锥滚子轴承 30205,38.00\n".getBytes(StandardCharsets.UTF_8)),
                new DemoFile("manager", "客户拜访纪要.txt", "text/plain",
                        "11月客户拜访纪要：\n1. 湖北客户关心交货期；\n2. 需要补充技术资料。\n".getBytes(StandardCharsets.UTF_8)),
                new DemoFile("manager", "产品目录.pdf", "application/pdf", ONE_PAGE_PDF),
                new DemoFile("manager2", "华南区域计划.txt", "text/plain",
                        "华南区域 2027 年计划：拓展深圳、东莞客户。\n".getBytes(StandardCharsets.UTF_8)),
                new DemoFile("director", "销售部周会议程.txt", "text/plain",
                        "周会议程：回款、重点商机、展会安排。\n".getBytes(StandardCharsets.UTF_8)));
        for (DemoFile f : files) {
            jdbc.sql("""
                    insert into office_file(owner_id, filename, content_type, size_bytes, content)
                    select id, :filename, :type, :size, :content from app_user where username = :owner""")
                    .param("owner", f.owner()).param("filename", f.filename()).param("type", f.contentType())
                    .param("size", (long) f.content().length).param("content", f.content()).update();
        }
    }
}
