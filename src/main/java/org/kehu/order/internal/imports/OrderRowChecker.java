package org.kehu.order.internal.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.kehu.order.OrderMath;
import org.kehu.order.OrderStatus;
import org.kehu.shared.jobs.ImportFile;
import org.kehu.shared.jobs.ImportRowError;
import org.springframework.context.MessageSource;

/**
 * Checks one line of an order history file on its own: required values, lengths, the date (a date, or a date
 * and time whose time is dropped: an order has a day), numbers, the status, and the line amount, which is the
 * file's when given, else quantity × unit price less the discount, to the cent. Quantities may be negative
 * (returns, credit notes) but not zero; unit prices are not negative and are kept to the cent.
 */
final class OrderRowChecker {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final Pattern KEHU_NUMBER = Pattern.compile("SO\\d{11,}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MessageSource messages;
    private final Locale locale;

    OrderRowChecker(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /**
     * The number an order of the file is stored under: the file's own, unless it has the form of Kehu's
     * numbers (SO + yyyyMM + sequence), which it could one day collide with; then it is prefixed with H.
     */
    static String storedNumber(String fileNumber) {
        return KEHU_NUMBER.matcher(fileNumber).matches() ? "H" + fileNumber : fileNumber;
    }

    StagedRow check(ImportFile.Line line, Map<OrderImportColumn, Integer> columns) {
        StagedRow row = new StagedRow(line.number());
        String number = text(line, columns, OrderImportColumn.ORDER_NUMBER);
        if (number.isEmpty()) {
            error(row, OrderImportColumn.ORDER_NUMBER, "order.import.error.required");
        } else if (storedNumber(number).length() > 24) {
            error(row, OrderImportColumn.ORDER_NUMBER, "order.import.error.too-long", 23);
        } else {
            row.orderNumber = storedNumber(number);
        }
        String date = text(line, columns, OrderImportColumn.ORDER_DATE);
        if (date.isEmpty()) {
            error(row, OrderImportColumn.ORDER_DATE, "order.import.error.required");
        } else {
            row.date = date(date);
            if (row.date == null) {
                error(row, OrderImportColumn.ORDER_DATE, "order.import.error.date", date);
            }
        }
        row.customerCode = bounded(row, line, columns, OrderImportColumn.CUSTOMER_CODE, 32);
        row.customerName = bounded(row, line, columns, OrderImportColumn.CUSTOMER_NAME, 200);
        row.country = bounded(row, line, columns, OrderImportColumn.COUNTRY, 300);
        row.productCode = bounded(row, line, columns, OrderImportColumn.PRODUCT_CODE, 40);
        row.productName = bounded(row, line, columns, OrderImportColumn.PRODUCT_NAME, 200);
        if (row.productCode.isEmpty() && row.productName.isEmpty()) {
            error(row, columns.containsKey(OrderImportColumn.PRODUCT_CODE) ? OrderImportColumn.PRODUCT_CODE
                    : OrderImportColumn.PRODUCT_NAME, "order.import.error.product-required");
        }
        quantity(row, text(line, columns, OrderImportColumn.QUANTITY));
        row.unitPrice = number(row, line, columns, OrderImportColumn.UNIT_PRICE);
        row.amount = number(row, line, columns, OrderImportColumn.AMOUNT);
        row.discount = number(row, line, columns, OrderImportColumn.DISCOUNT);
        status(row, text(line, columns, OrderImportColumn.STATUS));
        amounts(row);
        return row;
    }

    private void quantity(StagedRow row, String value) {
        if (value.isEmpty()) {
            error(row, OrderImportColumn.QUANTITY, "order.import.error.required");
            return;
        }
        BigDecimal q = parse(value);
        if (q == null) {
            error(row, OrderImportColumn.QUANTITY, "order.import.error.number", value);
        } else if (q.signum() == 0) {
            error(row, OrderImportColumn.QUANTITY, "order.import.error.quantity-zero");
        } else if (q.stripTrailingZeros().scale() > 3) {
            error(row, OrderImportColumn.QUANTITY, "order.import.error.decimals", 3);
        } else if (q.abs().compareTo(new BigDecimal("99999999999")) > 0) {
            error(row, OrderImportColumn.QUANTITY, "order.import.error.too-large");
        } else {
            row.quantity = q;
        }
    }

    /** Price, discount and amount agree; the amount is worked out when the file leaves it out. */
    private void amounts(StagedRow row) {
        boolean bad = false;
        if (row.unitPrice != null && row.unitPrice.signum() < 0) {
            error(row, OrderImportColumn.UNIT_PRICE, "order.import.error.price-negative");
            bad = true;
        }
        if (row.discount != null && (row.discount.signum() < 0 || row.discount.compareTo(HUNDRED) > 0)) {
            error(row, OrderImportColumn.DISCOUNT, "order.import.error.discount");
            bad = true;
        }
        for (OrderImportColumn c : List.of(OrderImportColumn.UNIT_PRICE, OrderImportColumn.AMOUNT)) {
            BigDecimal v = c == OrderImportColumn.UNIT_PRICE ? row.unitPrice : row.amount;
            if (v != null && v.abs().compareTo(MAX_MONEY) > 0) {
                error(row, c, "order.import.error.too-large");
                bad = true;
            }
        }
        if (row.unitPrice == null && row.amount == null) {
            if (!hasError(row, OrderImportColumn.UNIT_PRICE) && !hasError(row, OrderImportColumn.AMOUNT)) {
                error(row, OrderImportColumn.UNIT_PRICE, "order.import.error.price-or-amount");
            }
            return;
        }
        if (bad || row.quantity == null) {
            return;
        }
        BigDecimal discount = row.discount == null ? BigDecimal.ZERO : row.discount;
        if (row.amount == null) {
            row.amount = OrderMath.lineAmount(row.quantity, row.unitPrice, discount);
        } else if (row.amount.signum() != 0 && row.amount.signum() != row.quantity.signum()) {
            error(row, OrderImportColumn.AMOUNT, "order.import.error.amount-sign");
            return;
        }
        if (row.unitPrice == null) {
            BigDecimal net = row.quantity.multiply(HUNDRED.subtract(discount)).divide(HUNDRED, 6, RoundingMode.HALF_UP);
            row.unitPrice = net.signum() == 0 ? BigDecimal.ZERO : row.amount.divide(net, 2, RoundingMode.HALF_UP).abs();
        }
        row.unitPrice = row.unitPrice.setScale(2, RoundingMode.HALF_UP);
        row.amount = row.amount.setScale(2, RoundingMode.HALF_UP);
        row.discount = discount;
    }

    private void status(StagedRow row, String value) {
        if (value.isEmpty()) {
            return;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (List.of("COMPLETED", "COMPLETE", "DONE", "已完成", "完成").contains(v)) {
            row.status = OrderStatus.COMPLETED.name();
        } else if (List.of("CANCELLED", "CANCELED", "已取消", "取消").contains(v)) {
            row.status = OrderStatus.CANCELLED.name();
        } else {
            error(row, OrderImportColumn.STATUS, "order.import.error.status", value);
        }
    }

    private BigDecimal number(StagedRow row, ImportFile.Line line, Map<OrderImportColumn, Integer> columns, OrderImportColumn column) {
        String value = text(line, columns, column);
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal n = parse(column == OrderImportColumn.DISCOUNT && value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
        if (n == null) {
            error(row, column, "order.import.error.number", value);
        }
        return n;
    }

    /** A number as ERP exports write it: thousands separators and a currency sign are allowed. */
    static BigDecimal parse(String value) {
        String v = value;
        if (v.indexOf(',') >= 0 || v.indexOf('¥') >= 0 || v.indexOf('￥') >= 0 || v.indexOf(' ') >= 0) {
            v = v.replace(",", "").replace("¥", "").replace("￥", "").replace(" ", "");
        }
        if (v.isEmpty() || v.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date, a date and a time (dropped), or an Excel serial day number. */
    static LocalDate date(String value) {
        String v = value.trim();
        try {
            if (v.length() >= 10 && ISO_DATE.matcher(v.substring(0, 10)).matches()
                    && (v.length() == 10 || (v.length() > 11 && (v.charAt(10) == ' ' || v.charAt(10) == 'T')
                            && TIME.matcher(v.substring(11)).matches()))) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
                        Integer.parseInt(v.substring(8, 10)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        if (EXCEL_SERIAL.matcher(v).matches()) {
            return ImportFile.excelDate((long) Double.parseDouble(v));
        }
        int space = v.indexOf(' ');
        String day = v;
        if (space > 0) {
            if (!TIME.matcher(v.substring(space + 1).trim()).matches()) {
                return null;
            }
            day = v.substring(0, space);
        }
        for (DateTimeFormatter pattern : DATES) {
            try {
                return LocalDate.parse(day, pattern);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private String bounded(StagedRow row, ImportFile.Line line, Map<OrderImportColumn, Integer> columns,
            OrderImportColumn column, int max) {
        String value = text(line, columns, column);
        if (value.length() > max) {
            error(row, column, "order.import.error.too-long", max);
            return "";
        }
        return value;
    }

    private static String text(ImportFile.Line line, Map<OrderImportColumn, Integer> columns, OrderImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= line.cells().size() || line.cells().get(index) == null) {
            return "";
        }
        return line.cells().get(index).trim();
    }

    private static boolean hasError(StagedRow row, OrderImportColumn column) {
        return row.errors.stream().anyMatch(e -> e.field().equals(column.field()));
    }

    private void error(StagedRow row, OrderImportColumn column, String key, Object... args) {
        row.errors.add(new ImportRowError(row.number, row.errors.size(), column.field(),
                messages.getMessage(key, args, key, locale)));
    }
}
