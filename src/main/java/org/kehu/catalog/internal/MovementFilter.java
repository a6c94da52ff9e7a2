package org.kehu.catalog.internal;

import java.util.ArrayList;
import java.util.List;

/** Filters of the movement history: product, warehouse and kind ({@code IN}, {@code OUT}, ...); empty means any. */
public class MovementFilter {

    private Long product;
    private Long warehouse;
    private String kind;

    public Long getProduct() { return product; }
    public void setProduct(Long product) { this.product = product; }
    public Long getWarehouse() { return warehouse; }
    public void setWarehouse(Long warehouse) { this.warehouse = warehouse; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }

    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (product != null) {
            parts.add("product=" + product);
        }
        if (warehouse != null) {
            parts.add("warehouse=" + warehouse);
        }
        if (kind != null && !kind.isBlank()) {
            parts.add("kind=" + kind.replaceAll("[^A-Z]", ""));
        }
        return String.join("&", parts);
    }
}
