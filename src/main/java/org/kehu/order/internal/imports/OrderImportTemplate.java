package org.kehu.order.internal.imports;

import java.util.Arrays;
import java.util.List;

import org.kehu.shared.jobs.ImportTemplateFile;


/**
 * The order history file to fill in: the Chinese header and example lines (an order of two lines and a
 * return of one). The Excel template adds a sheet that lists every column with its Chinese and English
 * header (either is accepted) and what it takes.
 */
public final class OrderImportTemplate {

    private static final List<List<String>> EXAMPLE = List.of(
            List.of("ERP-2024-0001", "2024-03-15 10:30", "C0001", "武汉示例机械制造有限公司", "P-100", "数控车床 CK6140", "2",
                    "86000.00", "", "5", "已完成", "中国"),
            List.of("ERP-2024-0001", "2024-03-15 10:30", "C0001", "武汉示例机械制造有限公司", "P-200", "刀架总成", "4", "1200.00",
                    "", "", "已完成", "中国"),
            List.of("ERP-2024-0002", "2024-04-02", "C0001", "武汉示例机械制造有限公司", "P-200", "刀架总成", "-1", "1200.00", "",
                    "", "", "中国"));

    private OrderImportTemplate() {
    }

    private static final ImportTemplateFile FILE = new ImportTemplateFile("历史订单导入",
            Arrays.stream(OrderImportColumn.values()).map(c -> new ImportTemplateFile.Column(c.chinese(), c.english(), note(c))).toList(),
            EXAMPLE);

    public static List<String> chineseHeader() {
        return FILE.chineseHeader();
    }

    /** The template to fill in, as CSV (UTF-8 with a BOM, so that Excel opens the Chinese text) or Excel. */
    public static ImportTemplateFile file() {
        return FILE;
    }

    private static String note(OrderImportColumn column) {
        return switch (column) {
            case ORDER_NUMBER -> "必填；同一订单号的行合为一张订单，原样保留（SO 开头的 Kehu 格式编号前加 H） / required; rows with the same number make one order, kept as is (H added before Kehu-style SO numbers)";
            case ORDER_DATE -> "必填；yyyy-MM-dd，可带时间 / required; yyyy-MM-dd, a time may follow";
            case CUSTOMER_CODE, CUSTOMER_NAME -> "至少一项；先按编码、再按名称查找 / one of them; found by code, else by name";
            case PRODUCT_CODE, PRODUCT_NAME -> "至少一项；先按编码、再按名称查找 / one of them; found by code, else by name";
            case QUANTITY -> "必填；负数为退货 / required; negative for a return";
            case UNIT_PRICE, AMOUNT -> "至少一项；只有金额时单价由金额计算 / one of them; the unit price follows from the amount when only it is given";
            case DISCOUNT -> "0–100，可空 / 0–100, optional";
            case STATUS -> "已完成（默认）或已取消 / completed (default) or cancelled";
            case COUNTRY -> "新建客户的地址 / address of a customer the import creates";
        };
    }
}
