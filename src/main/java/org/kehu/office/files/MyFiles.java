package org.kehu.office.files;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal file cabinet (个人文件柜): each user keeps files only they see (another user's file answers as an
 * unknown one), within a quota of bytes per user that administrators set. An upload that would pass the quota is
 * refused whole, saying how much is used and how much the quota allows.
 */
@Service
public class MyFiles {

    /** The largest single file: the request limit of the application is higher, the quota usually lower. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** A file without its bytes, for the list. */
    public record FileRow(long id, String filename, String contentType, long size, Instant createdAt, Instant updatedAt,
            long version) {
    }

    /** A file's bytes, for downloading it. */
    public record FileContent(String filename, String contentType, byte[] content) {
    }

    /** How much of the quota is used, in bytes. */
    public record Usage(long used, long quota) {

        public int percent() {
            return quota <= 0 ? 100 : (int) Math.min(100, used * 100 / quota);
        }
    }

    private final JdbcClient jdbc;
    private final FileQuota quota;
    private final Clock clock;

    MyFiles(JdbcClient jdbc, FileQuota quota, Clock clock) {
        this.jdbc = jdbc;
        this.quota = quota;
        this.clock = clock;
    }

    public List<FileRow> list(long ownerId) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes as size, created_at, updated_at, version
                  from office_file where owner_id = :owner order by lower(filename), id""")
                .param("owner", ownerId).query(FileRow.class).list();
    }

    public Usage usage(long ownerId) {
        return new Usage(used(ownerId), quota.current().quotaBytes());
    }

    /**
     * Stores a checked file. Uploads of one user are taken one at a time (a lock on the user), so that two at once
     * cannot both fit under the quota and pass it together.
     */
    @Transactional
    public long upload(long ownerId, OfficeUploads.Upload upload) {
        OfficeUploads.Checked file = OfficeUploads.check(upload, MAX_FILE_BYTES, "file");
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", lockKey(ownerId)).query((rs, n) -> 1).list();
        long limit = quota.current().quotaBytes();
        long used = used(ownerId);
        if (used + file.size() > limit) {
            throw InvalidInputException.of("file", "office.files.error.quota");
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into office_file(owner_id, filename, content_type, size_bytes, content, created_at, updated_at)
                values (:owner, :filename, :type, :size, :content, :now, :now) returning id""")
                .param("owner", ownerId).param("filename", file.filename()).param("type", file.contentType())
                .param("size", (long) file.size()).param("content", file.content()).param("now", now)
                .query(Long.class).single();
    }

    public FileContent download(long ownerId, long id) {
        return jdbc.sql("select filename, content_type, content from office_file where id = :id and owner_id = :owner")
                .param("id", id).param("owner", ownerId).query(FileContent.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("File", id));
    }

    /** Renames a file, keeping its extension when the new name has none. */
    @Transactional
    public void rename(long ownerId, long id, String newName, Long version) {
        FileRow row = list(ownerId).stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("File", id));
        String name = OfficeUploads.cleanName(newName);
        if (name == null) {
            throw InvalidInputException.of("filename", "office.files.error.name");
        }
        String oldExtension = OfficeUploads.extension(row.filename());
        if (OfficeUploads.extension(name).isEmpty() && !oldExtension.isEmpty()) {
            name = name + "." + oldExtension;
        }
        if (!OfficeUploads.extension(name).equals(oldExtension)) {
            // the extension says what a download opens with: it stays what the content was checked as
            throw InvalidInputException.of("filename", "office.files.error.extension");
        }
        if (name.length() > 255) {
            throw InvalidInputException.of("filename", "office.files.error.name");
        }
        int updated = jdbc.sql("""
                update office_file set filename = :name, updated_at = :now, version = version + 1
                 where id = :id and owner_id = :owner and (cast(:version as bigint) is null or version = :version)""")
                .param("name", name).param("now", Timestamp.from(clock.instant())).param("id", id).param("owner", ownerId)
                .param("version", version).update();
        if (updated == 0) {
            throw new ConcurrentEditException("File", id);
        }
    }

    @Transactional
    public void delete(long ownerId, long id) {
        if (jdbc.sql("delete from office_file where id = :id and owner_id = :owner").param("id", id).param("owner", ownerId)
                .update() == 0) {
            throw new RecordNotFoundException("File", id);
        }
    }

    private long used(long ownerId) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from office_file where owner_id = :owner").param("owner", ownerId)
                .query(Long.class).single();
    }

    /** The advisory lock of one user's cabinet: a fixed high word for the cabinet, the user id below. */
    private static long lockKey(long ownerId) {
        return 0x4F46_0000_0000_0000L ^ ownerId;
    }
}
