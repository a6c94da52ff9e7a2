package org.kehu.marketing.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.FileType;
import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market research records (市场调查): topic, method, period, findings, and the files that came of it (questionnaires
 * and reports as PDF, photos), each file recognised by its content.
 */
@Service
public class MarketResearch {

    /** What a research file may be: documents and pictures, checked by content. */
    static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** A file's content, for the download. */
    public record FileContent(String filename, String contentType, byte[] content) {
    }

    private static final String SELECT = """
            select r.id, r.topic, r.method, r.period_start, r.period_end, r.findings, u.name as updated_by_name,
                   r.updated_at, r.version
              from marketing_research r left join app_user u on u.id = r.updated_by
            """;

    private final JdbcClient jdbc;
    private final UserDirectory users;

    MarketResearch(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public KeysetPage<ResearchDetails> list(String after, int size) {
        int n = PageBounds.size(size, 200);
        return KeysetPage.forward(jdbc.sql(SELECT + " where (cast(:after as bigint) is null or r.id < :after) order by r.id desc limit :limit")
                .param("after", Cursor.given(after) ? Cursor.parseId(after, "after") : null).param("limit", n + 1)
                .query((rs, i) -> research(rs, List.of())).list(), n, r -> Cursor.of(r.id()));
    }

    public ResearchDetails get(long id) {
        List<ResearchDetails.ResearchFile> files = jdbc.sql("""
                select id, filename, content_type, size_bytes from marketing_research_file where research_id = :id order by id""")
                .param("id", id).query((rs, i) -> new ResearchDetails.ResearchFile(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4))).list();
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, i) -> research(rs, files)).optional()
                .orElseThrow(() -> new RecordNotFoundException("Research", id));
    }

    @Transactional
    public ResearchDetails create(ResearchInput in) {
        check(in);
        long id = jdbc.sql("""
                insert into marketing_research(topic, method, period_start, period_end, findings, created_by, updated_by)
                values (:topic, :method, :start, :end, :findings, :user, :user) returning id""")
                .params(values(in)).param("user", users.requireCurrentUser().id()).query(Long.class).single();
        return get(id);
    }

    @Transactional
    public ResearchDetails update(long id, ResearchInput in) {
        get(id);
        check(in);
        if (in.version() == null) {
            throw InvalidInputException.of("version", "marketing.plan.error.version");
        }
        int n = jdbc.sql("""
                update marketing_research set topic = :topic, method = :method, period_start = :start, period_end = :end,
                       findings = :findings, updated_by = :user, updated_at = now(), version = version + 1
                 where id = :id and version = :version""").params(values(in))
                .param("user", users.requireCurrentUser().id()).param("id", id).param("version", in.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Research", id);
        }
        return get(id);
    }

    /** Adds a file, refused unless its content is a PDF or a picture of at most 10 MB. */
    @Transactional
    public long attach(long id, String filename, byte[] content) {
        get(id);
        String name = filename == null ? "" : filename.strip();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "marketing.research.error.file-required");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw InvalidInputException.of("file", "marketing.research.error.file-too-large");
        }
        if (name.isEmpty() || !InputLimits.fitsLength(name, 255) || InputLimits.hasControlCharacter(name)) {
            throw InvalidInputException.of("file", "marketing.research.error.file-name");
        }
        FileType type = FileType.of(name, content).filter(ACCEPTED::contains)
                .orElseThrow(() -> InvalidInputException.of("file", "marketing.research.error.file-type"));
        return jdbc.sql("""
                insert into marketing_research_file(research_id, filename, content_type, size_bytes, content, created_by)
                values (:r, :name, :type, :size, :content, :user) returning id""")
                .param("r", id).param("name", name).param("type", type.contentType()).param("size", content.length)
                .param("content", content).param("user", users.requireCurrentUser().id()).query(Long.class).single();
    }

    public FileContent file(long fileId) {
        return jdbc.sql("select filename, content_type, content from marketing_research_file where id = :id")
                .param("id", fileId).query((rs, i) -> new FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new RecordNotFoundException("Research file", fileId));
    }

    private static void check(ResearchInput in) {
        Map<String, String> e = new LinkedHashMap<>();
        if (in.topic() == null || in.topic().isEmpty()) {
            e.put("topic", "marketing.plan.error.required");
        } else if (!InputLimits.fitsLength(in.topic(), 200)) {
            e.put("topic", "marketing.plan.error.too-long");
        }
        if (in.method() == null || java.util.Arrays.stream(ResearchMethod.values()).noneMatch(m -> m.name().equals(in.method()))) {
            e.put("method", "marketing.plan.error.unknown");
        }
        MarketingPlans.period(e, in.periodStart(), in.periodEnd());
        if (!InputLimits.fitsLength(in.findings(), InputLimits.LONG_TEXT)) {
            e.put("findings", "marketing.plan.error.too-long");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
    }

    private static Map<String, Object> values(ResearchInput in) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("topic", in.topic());
        p.put("method", in.method());
        p.put("start", in.periodStart());
        p.put("end", in.periodEnd());
        p.put("findings", in.findings());
        return p;
    }

    private static ResearchDetails research(ResultSet rs, List<ResearchDetails.ResearchFile> files) throws SQLException {
        return new ResearchDetails(rs.getLong("id"), rs.getString("topic"), ResearchMethod.valueOf(rs.getString("method")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getString("findings"), rs.getString("updated_by_name"), MarketingPlans.instant(rs, "updated_at"),
                rs.getLong("version"), files);
    }
}
