package org.kehu.shared.jobs;

/**
 * One error of an import's row report: the row as numbered in the file (header = row 1), the field, the
 * message in the importer's language. {@code position} orders a row's errors as they were found.
 */
public record ImportRowError(int row, int position, String field, String message) {
}
