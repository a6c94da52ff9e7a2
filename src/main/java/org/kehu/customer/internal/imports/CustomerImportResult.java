package org.kehu.customer.internal.imports;

import org.kehu.shared.jobs.ImportMode;

/** The customer import's own part of its report: the mode, and how many customers and contacts were written. */
public record CustomerImportResult(ImportMode mode, long importedCustomers, long importedContacts) {
}
