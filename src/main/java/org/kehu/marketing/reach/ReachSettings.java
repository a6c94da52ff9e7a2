package org.kehu.marketing.reach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The marketing gate's setting: how many marketing touches a contact receives per month at most. */
@Service
@Transactional
public class ReachSettings {

    /** The range a cap may take. */
    public static final int MIN_CAP = 1;
    public static final int MAX_CAP = 100;

    /** The setting and its version (for optimistic locking). */
    public record Settings(int monthlyCap, long version, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Clock clock;

    ReachSettings(JdbcClient jdbc, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        return jdbc.sql("select monthly_cap, version, updated_at from marketing_reach_setting where id = 1")
                .query(Settings.class).single();
    }

    /** The cap the gate applies now. */
    @Transactional(readOnly = true)
    public int monthlyCap() {
        return settings().monthlyCap();
    }

    /** Changes the cap; {@code version} must be the one read, else 409. */
    @PreAuthorize("hasAuthority('marketing.reach') or hasAuthority('setting.edit')")
    public Settings save(Integer monthlyCap, Long version) {
        if (monthlyCap == null) {
            throw InvalidInputException.of("monthlyCap", "reach.error.required");
        }
        if (monthlyCap < MIN_CAP || monthlyCap > MAX_CAP) {
            throw InvalidInputException.of("monthlyCap", "reach.error.cap-range");
        }
        if (version == null) {
            throw InvalidInputException.of("version", "reach.error.required");
        }
        int updated = jdbc.sql("""
                update marketing_reach_setting set monthly_cap = :cap, version = version + 1, updated_at = :now, updated_by = :by
                 where id = 1 and version = :version""")
                .param("cap", monthlyCap).param("now", Timestamp.from(clock.instant()))
                .param("by", users.requireCurrentUser().id()).param("version", version).update();
        if (updated == 0) {
            throw new ConcurrentEditException("ReachSettings", 1L);
        }
        return settings();
    }
}
