package org.kehu.analytics.loyal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import org.kehu.rating.RatingLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of loyal list settings (V236). */
@Component
class LoyalSettingsStore {

    private final JdbcClient jdbc;

    LoyalSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LoyalSettings current() {
        return jdbc.sql("select min_p_alive, min_loyalty, clv_top_percent, version from analytics_loyal_setting where id = 1")
                .query((rs, n) -> new LoyalSettings(rs.getBigDecimal(1), RatingLevel.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getLong(4)))
                .optional().orElse(LoyalSettings.DEFAULTS);
    }

    /** Saves when {@code version} is still the stored one; false otherwise (someone else saved first). */
    boolean save(BigDecimal minPAlive, RatingLevel minLoyalty, int clvTopPercent, long version, long userId, Instant now) {
        return jdbc.sql("""
                update analytics_loyal_setting set min_p_alive = :p, min_loyalty = :level, clv_top_percent = :top,
                       updated_by = :user, updated_at = :now, version = version + 1
                 where id = 1 and version = :version""")
                .param("p", minPAlive).param("level", minLoyalty.name()).param("top", clvTopPercent)
                .param("user", userId).param("now", Timestamp.from(now)).param("version", version).update() == 1;
    }
}
