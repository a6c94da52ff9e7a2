package org.kehu.shared.embedded;

/** Marks that the application runs on its own embedded PostgreSQL (first start loads demo data). */
public record EmbeddedDatabase(String jdbcUrl) {
}
