package org.kehu.churn;

import java.math.BigDecimal;

import org.kehu.shared.web.RefuseUnknownFields;

/** The settings form: the inactivity period in months (1–60) and the P(alive) threshold (above 0, below 1). */
@RefuseUnknownFields
public class SettingsInput {

    private Integer inactivityMonths;
    private BigDecimal threshold;
    private Long version;

    public Integer getInactivityMonths() {
        return inactivityMonths;
    }

    public void setInactivityMonths(Integer inactivityMonths) {
        this.inactivityMonths = inactivityMonths;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
