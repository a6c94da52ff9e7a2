package org.kehu.portal.showcase;

import org.kehu.shared.FileType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance and partner enterprises (企业信息管理): kept by staff with {@code portal.content.edit}, shown to the
 * public only when published. A save carries the version it was read at; a stale one is refused.
 */
@Service
@Transactional
class Enterprises {

    private static final String SELECT = """
            select id, kind, name, summary, body, website, sort_order, published, updated_at, version from portal_enterprise""";

    private final JdbcClient jdbc;
    private final ShowcaseFiles files;
    private final Clock clock;

    Enterprises(JdbcClient jdbc, ShowcaseFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    @Transactional(readOnly = true)
    List<Enterprise> all() {
        return jdbc.sql(SELECT + " order by kind, sort_order, id").query(Enterprise.class).list();
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    @Transactional(readOnly = true)
    Enterprise get(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Enterprise.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("Enterprise", id));
    }

    /** The published enterprises of a kind, in their order: for anyone. */
    @Transactional(readOnly = true)
    List<Enterprise> published(EnterpriseKind kind) {
        return jdbc.sql(SELECT + " where kind = ? and published order by sort_order, id").param(kind.name())
                .query(Enterprise.class).list();
    }

    @Transactional(readOnly = true)
    Optional<Enterprise> published(long id) {
        return jdbc.sql(SELECT + " where id = ? and published").param(id).query(Enterprise.class).optional();
    }

    /** Creates ({@code id} null) or updates an enterprise with its new pictures; answers its id. */
    @PreAuthorize("hasAuthority('portal.content.edit')")
    long save(Long id, EnterpriseForm form, List<Upload> images) {
        Map<String, String> errors = new LinkedHashMap<>();
        EnterpriseKind kind = TextChecks.choice(errors, "kind", EnterpriseKind.class, TextChecks.clean(form.getKind()));
        if (kind == null) {
            errors.putIfAbsent("kind", "showcase.error.required");
        }
        String name = TextChecks.clean(form.getName());
        TextChecks.required(errors, "name", name, 200);
        String summary = TextChecks.clean(form.getSummary());
        TextChecks.length(errors, "summary", summary, 500);
        String body = TextChecks.clean(form.getBody());
        TextChecks.length(errors, "body", body, 20_000);
        String website = TextChecks.clean(form.getWebsite());
        TextChecks.website(errors, "website", website);
        int sortOrder = TextChecks.sortOrder(errors, form.getSortOrder());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<FileType> types = files.check(images, true, "images", id == null ? 0 : files.count(FileOwner.ENTERPRISE, id));
        Timestamp now = Timestamp.from(clock.instant());
        long saved;
        if (id == null) {
            saved = jdbc.sql("""
                    insert into portal_enterprise(kind, name, summary, body, website, sort_order, published, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(kind.name(), name, summary, body, website, sortOrder, form.isPublished(),
                            now, now)
                    .query(Long.class).single();
        } else {
            get(id);
            int updated = jdbc.sql("""
                    update portal_enterprise set kind = ?, name = ?, summary = ?, body = ?, website = ?, sort_order = ?,
                           published = ?, updated_at = ?, version = version + 1
                     where id = ? and version = ?""")
                    .params(kind.name(), name, summary, body, website, sortOrder, form.isPublished(),
                            now, id, form.getVersion() == null ? -1 : form.getVersion())
                    .update();
            if (updated == 0) {
                throw new ConcurrentEditException("Enterprise", id);
            }
            saved = id;
        }
        files.store(FileOwner.ENTERPRISE, saved, images, types);
        return saved;
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    void deleteImage(long id, long fileId) {
        get(id);
        files.delete(FileOwner.ENTERPRISE, id, fileId);
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    void delete(long id) {
        get(id);
        files.deleteAll(FileOwner.ENTERPRISE, id);
        jdbc.sql("delete from portal_enterprise where id = ?").param(id).update();
    }
}
