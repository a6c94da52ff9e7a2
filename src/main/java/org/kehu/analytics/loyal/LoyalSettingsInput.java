package org.kehu.analytics.loyal;

import java.math.BigDecimal;

/**
 * The loyal list's settings as a form and a JSON body: {@code minPAlive} (above 0, below 1, three decimals),
 * {@code minLoyalty} (VERY_LOYAL, LOYAL or BASICALLY_LOYAL), {@code clvTopPercent} (1–100) and the {@code version}
 * read with them.
 */
public class LoyalSettingsInput {

    private BigDecimal minPAlive;
    private String minLoyalty;
    private Integer clvTopPercent;
    private Long version;

    public BigDecimal getMinPAlive() {
        return minPAlive;
    }

    public void setMinPAlive(BigDecimal minPAlive) {
        this.minPAlive = minPAlive;
    }

    public String getMinLoyalty() {
        return minLoyalty;
    }

    public void setMinLoyalty(String minLoyalty) {
        this.minLoyalty = minLoyalty;
    }

    public Integer getClvTopPercent() {
        return clvTopPercent;
    }

    public void setClvTopPercent(Integer clvTopPercent) {
        this.clvTopPercent = clvTopPercent;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static LoyalSettingsInput of(LoyalSettings s) {
        LoyalSettingsInput in = new LoyalSettingsInput();
        in.setMinPAlive(s.minPAlive());
        in.setMinLoyalty(s.minLoyalty().name());
        in.setClvTopPercent(s.clvTopPercent());
        in.setVersion(s.version());
        return in;
    }
}
