package org.kehu.order.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kehu.shared.jobs.ImportRowError;

/** One line of the file after its own checks, as it is copied to the staging table, with its errors. */
final class StagedRow {

    final int number;
    final List<ImportRowError> errors = new ArrayList<>();
    /** The order number as it will be stored (see {@link OrderRowChecker#storedNumber}); empty when missing. */
    String orderNumber = "";
    LocalDate date;
    String customerCode = "";
    String customerName = "";
    String country = "";
    String productCode = "";
    String productName = "";
    BigDecimal quantity;
    BigDecimal unitPrice;
    BigDecimal discount;
    BigDecimal amount;
    /** COMPLETED or CANCELLED when the file says, else null. */
    String status;

    StagedRow(int number) {
        this.number = number;
    }
}
