package org.kehu.sales.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the opportunity list, its export and the funnel: status, stage, owner, department (with its
 * sub-departments), source, text (prospect, summary or contact) and the period in which they were created.
 */
public class OpportunityFilter {

    private String status;
    private String stage;
    private Long owner;
    private Long department;
    private String source;
    private String q;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = blank(status); }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = blank(stage); }
    public Long getOwner() { return owner; }
    public void setOwner(Long owner) { this.owner = owner; }
    public Long getDepartment() { return department; }
    public void setDepartment(Long department) { this.department = department; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = blank(source); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = blank(q); }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }

    /** The filter as URL parameters, for pager, export and shareable links. */
    public String toQueryString() {
        List<String> p = new ArrayList<>();
        add(p, "status", status);
        add(p, "stage", stage);
        add(p, "owner", owner);
        add(p, "department", department);
        add(p, "source", source);
        add(p, "q", q);
        add(p, "from", from);
        add(p, "to", to);
        return String.join("&", p);
    }

    private static void add(List<String> p, String name, Object value) {
        if (value != null) {
            p.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
