package org.kehu.customer.internal.imports;

import java.util.Arrays;
import java.util.List;

import org.kehu.shared.jobs.ImportTemplateFile;


/**
 * The file to fill in: the Chinese header and two example rows (one customer, two contacts). The
 * Excel template adds a sheet that lists every column with its Chinese and English header, either of
 * which an import accepts.
 */
public final class ImportTemplate {

    private static final List<List<String>> EXAMPLE = List.of(
            List.of("", "武汉示例机械制造有限公司", "027-88886666", "", "https://www.example.com.cn", "湖北", "武汉",
                    "武汉市东湖高新区光谷大道1号", "私营", "潜在客户", "机械制造", "重点客户", "展会", "91420100MA4K8Q2D1X",
                    "中国工商银行武汉分行", "6222020200001234567", "", "王建华", "采购部", "采购经理", "13800138000",
                    "027-88886667", "wangjianhua@example.com.cn", "1980-05-12", "是", "是"),
            List.of("", "武汉示例机械制造有限公司", "027-88886666", "", "https://www.example.com.cn", "湖北", "武汉",
                    "武汉市东湖高新区光谷大道1号", "私营", "潜在客户", "机械制造", "重点客户", "展会", "91420100MA4K8Q2D1X",
                    "中国工商银行武汉分行", "6222020200001234567", "", "李娜", "技术部", "技术主管", "13900139000", "", "",
                    "", "否", "否"));

    private ImportTemplate() {
    }

    private static final ImportTemplateFile FILE = new ImportTemplateFile("客户导入",
            Arrays.stream(ImportColumn.values()).map(c -> new ImportTemplateFile.Column(c.chinese(), c.english(), note(c))).toList(),
            EXAMPLE);

    public static List<String> chineseHeader() {
        return FILE.chineseHeader();
    }

    /** The template to fill in, as CSV (UTF-8 with a BOM, so that Excel opens the Chinese text) or Excel. */
    public static ImportTemplateFile file() {
        return FILE;
    }

    private static String note(ImportColumn column) {
        return switch (column) {
            case CUSTOMER_CODE -> "可空，空则自动编号 / optional, numbered automatically when empty";
            case CUSTOMER_NAME -> "必填；同名（或同编码）的行合为一个客户 / required; rows with the same name or code make one customer";
            case NATURE, GROUP, INDUSTRY, GRADE, SOURCE -> "字典编码或名称 / dictionary code or label (Chinese or English)";
            case PROVINCE, CITY -> "名称或行政区划代码 / name or GB/T 2260 code";
            case OWNER -> "可空，默认导入人 / optional username, needs the assign permission";
            case CONTACT_BIRTHDAY -> "yyyy-MM-dd";
            case CONTACT_MARKETING_CONSENT, CONTACT_PRIMARY -> "是/否 · yes/no";
            default -> "";
        };
    }
}
