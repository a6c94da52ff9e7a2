package org.kehu.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of the product list: {@code q} (code, name or model contains), {@code category} (id) and
 * {@code status} ({@link ProductStatus} name); empty means any.
 */
public class ProductFilter {

    private String q;
    private Long category;
    private String status;

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getCategory() { return category; }
    public void setCategory(Long category) { this.category = category; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }

    /** The filter as URL query parameters, for the pager and the export links. */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            parts.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (category != null) {
            parts.add("category=" + category);
        }
        if (status != null && !status.isBlank()) {
            parts.add("status=" + URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
