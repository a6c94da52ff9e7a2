package org.kehu.catalog;

/** A warehouse, as other modules list it. */
public record WarehouseInfo(long id, String code, String name) {
}
