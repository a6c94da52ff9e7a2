package org.kehu.churn.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import org.kehu.churn.ChurnSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of churn settings. */
@Component
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChurnSettings current() {
        return jdbc.sql("select inactivity_months, palive_threshold, version from churn_setting where id = 1")
                .query((rs, n) -> new ChurnSettings(rs.getInt(1), rs.getBigDecimal(2), rs.getLong(3))).optional()
                .orElse(new ChurnSettings(6, new BigDecimal("0.300"), 0));
    }

    /** Saves when {@code version} is still the stored one; false otherwise (someone else saved first). */
    public boolean save(int months, BigDecimal threshold, long version, long userId, Instant now) {
        return jdbc.sql("""
                update churn_setting set inactivity_months = :months, palive_threshold = :threshold, updated_by = :user,
                       updated_at = :now, version = version + 1
                 where id = 1 and version = :version""")
                .param("months", months).param("threshold", threshold).param("user", userId)
                .param("now", Timestamp.from(now)).param("version", version).update() == 1;
    }
}
