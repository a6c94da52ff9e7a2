package org.kehu.office.files;

import java.sql.Timestamp;
import java.time.Clock;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of the cabinet's settings: the quota of bytes each user may keep, changed by administrators. */
@Component
public class FileQuota {

    /** Between 1 MB and 100 GB, in megabytes as the form takes it. */
    public static final long MIN_MB = 1;
    public static final long MAX_MB = 100L * 1024;
    private static final long MB = 1024L * 1024;

    /** The quota and its version, for the settings form. */
    public record Setting(long quotaBytes, long version) {

        public long quotaMb() {
            return quotaBytes / MB;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FileQuota(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Setting current() {
        return jdbc.sql("select quota_bytes, version from office_file_setting where id = 1").query(Setting.class).optional()
                .orElse(new Setting(100 * MB, 0));
    }

    /** Saves a new quota in megabytes; a stale version is refused (someone else saved first). */
    public void save(Long megabytes, long version, long userId) {
        if (megabytes == null || megabytes < MIN_MB || megabytes > MAX_MB) {
            throw InvalidInputException.of("quotaMb", "office.files.error.quota-range");
        }
        int updated = jdbc.sql("""
                update office_file_setting set quota_bytes = :bytes, updated_by = :user, updated_at = :now, version = version + 1
                 where id = 1 and version = :version""")
                .param("bytes", megabytes * MB).param("user", userId).param("now", Timestamp.from(clock.instant()))
                .param("version", version).update();
        if (updated == 0) {
            throw new ConcurrentEditException("File quota", 1);
        }
    }
}
