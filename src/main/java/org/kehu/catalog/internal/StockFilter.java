package org.kehu.catalog.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Filters of the stock page: text (product code, name, model), warehouse, category, below threshold only. */
public class StockFilter {

    private String q;
    private Long warehouse;
    private Long category;
    private boolean below;

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getWarehouse() { return warehouse; }
    public void setWarehouse(Long warehouse) { this.warehouse = warehouse; }
    public Long getCategory() { return category; }
    public void setCategory(Long category) { this.category = category; }
    public boolean isBelow() { return below; }
    public void setBelow(boolean below) { this.below = below; }

    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            parts.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (warehouse != null) {
            parts.add("warehouse=" + warehouse);
        }
        if (category != null) {
            parts.add("category=" + category);
        }
        if (below) {
            parts.add("below=true");
        }
        return String.join("&", parts);
    }
}
