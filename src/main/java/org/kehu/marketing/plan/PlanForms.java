package org.kehu.marketing.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.InvalidInputException;

/** The research and plan forms: every value as the text typed, parsed here so that bad input is a message beside its field. */
final class PlanForms {

    private PlanForms() {
    }

    /** The plan form. */
    public static class PlanForm {
        private String name;
        private String goal;
        private String segmentId;
        private List<String> channels = new ArrayList<>();
        private String budget;
        private String periodStart;
        private String periodEnd;
        private Long version;

        static PlanForm of(PlanDetails p) {
            PlanForm f = new PlanForm();
            f.name = p.name();
            f.goal = p.goal();
            f.segmentId = p.segmentId() == null ? null : p.segmentId().toString();
            f.channels = new ArrayList<>(p.channels());
            f.budget = p.budget().toPlainString();
            f.periodStart = p.periodStart().toString();
            f.periodEnd = p.periodEnd().toString();
            f.version = p.version();
            return f;
        }

        PlanInput toInput() {
            Map<String, String> e = new LinkedHashMap<>();
            Long segment = null;
            if (segmentId != null && !segmentId.isBlank()) {
                try {
                    segment = Long.valueOf(segmentId.strip());
                } catch (NumberFormatException ex) {
                    e.put("segmentId", "marketing.plan.error.unknown");
                }
            }
            BigDecimal b = null;
            if (budget != null && !budget.isBlank()) {
                try {
                    String t = budget.strip().replace(",", "");
                    b = t.length() > 30 ? null : new BigDecimal(t);
                    if (b == null) {
                        e.put("budget", "marketing.plan.error.budget");
                    }
                } catch (NumberFormatException ex) {
                    e.put("budget", "marketing.plan.error.budget");
                }
            }
            PlanInput in = new PlanInput(name, goal, segment, channels, b, date(e, "periodStart", periodStart),
                    date(e, "periodEnd", periodEnd), version);
            if (!e.isEmpty()) {
                throw new InvalidInputException(e);
            }
            return in;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getGoal() { return goal; }
        public void setGoal(String goal) { this.goal = goal; }
        public String getSegmentId() { return segmentId; }
        public void setSegmentId(String segmentId) { this.segmentId = segmentId; }
        public List<String> getChannels() { return channels; }
        public void setChannels(List<String> channels) { this.channels = channels; }
        public String getBudget() { return budget; }
        public void setBudget(String budget) { this.budget = budget; }
        public String getPeriodStart() { return periodStart; }
        public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
        public String getPeriodEnd() { return periodEnd; }
        public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    /** The research form. */
    public static class ResearchForm {
        private String topic;
        private String method;
        private String periodStart;
        private String periodEnd;
        private String findings;
        private Long version;

        static ResearchForm of(ResearchDetails r) {
            ResearchForm f = new ResearchForm();
            f.topic = r.topic();
            f.method = r.method().name();
            f.periodStart = r.periodStart().toString();
            f.periodEnd = r.periodEnd().toString();
            f.findings = r.findings();
            f.version = r.version();
            return f;
        }

        ResearchInput toInput() {
            Map<String, String> e = new LinkedHashMap<>();
            ResearchInput in = new ResearchInput(topic, method, date(e, "periodStart", periodStart),
                    date(e, "periodEnd", periodEnd), findings, version);
            if (!e.isEmpty()) {
                throw new InvalidInputException(e);
            }
            return in;
        }

        public String getTopic() { return topic; }
        public void setTopic(String topic) { this.topic = topic; }
        public String getMethod() { return method; }
        public void setMethod(String method) { this.method = method; }
        public String getPeriodStart() { return periodStart; }
        public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
        public String getPeriodEnd() { return periodEnd; }
        public void setPeriodEnd(String periodEnd) { this.periodEnd = periodEnd; }
        public String getFindings() { return findings; }
        public void setFindings(String findings) { this.findings = findings; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    static LocalDate date(Map<String, String> e, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            e.put(field, "marketing.plan.error.date");
            return null;
        }
    }
}
