package org.kehu.order.internal.imports;

import java.util.List;

import org.kehu.shared.jobs.ImportColumnName;

/**
 * The columns of an order history file, in template order, each with its English and Chinese header and
 * the names other systems export them under (the UCI Online Retail file's {@code InvoiceNo}, {@code StockCode}
 * ... among them), so that such an export imports as it is. One row per order line.
 */
public enum OrderImportColumn implements ImportColumnName {
    ORDER_NUMBER("orderNumber", "Order number", "订单号", List.of("订单编号", "单号", "InvoiceNo", "Invoice", "Order")),
    ORDER_DATE("orderDate", "Order date", "订单日期", List.of("日期", "下单日期", "下单时间", "InvoiceDate", "Date")),
    CUSTOMER_CODE("customerCode", "Customer code", "客户编码", List.of("客户编号", "CustomerID", "Customer ID", "客户ID")),
    CUSTOMER_NAME("customerName", "Customer name", "客户名称", List.of("客户", "Customer")),
    PRODUCT_CODE("productCode", "Product code", "产品编码", List.of("产品编号", "物料编码", "StockCode", "SKU")),
    PRODUCT_NAME("productName", "Product name", "产品名称", List.of("品名", "Description", "Product")),
    QUANTITY("quantity", "Quantity", "数量", List.of("Qty")),
    UNIT_PRICE("unitPrice", "Unit price", "单价", List.of("Price")),
    AMOUNT("amount", "Line amount", "金额", List.of("行金额", "Amount")),
    DISCOUNT("discount", "Discount %", "折扣%", List.of("折扣", "Discount")),
    STATUS("status", "Status", "状态", List.of("订单状态")),
    COUNTRY("country", "Country", "国家/地区", List.of("国家", "地区"));

    private final String field;
    private final String english;
    private final String chinese;
    private final List<String> aliases;

    OrderImportColumn(String field, String english, String chinese, List<String> aliases) {
        this.field = field;
        this.english = english;
        this.chinese = chinese;
        this.aliases = aliases;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
