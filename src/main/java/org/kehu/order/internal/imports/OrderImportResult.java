package org.kehu.order.internal.imports;

import java.time.LocalDate;

import org.kehu.shared.jobs.ImportMode;

/**
 * The order history import's own part of its report: the options, and once done how many orders and lines were
 * written, customers and products created, and the span of days.
 */
public record OrderImportResult(ImportMode mode, boolean createCustomers, boolean createProducts, long importedOrders,
        long importedLines, long createdCustomers, long createdProducts, LocalDate firstDay, LocalDate lastDay) {
}
