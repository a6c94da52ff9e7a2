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
 * Concept products (概念产品): kept by staff with {@code portal.content.edit}, shown to the public only when
 * published. A save carries the version it was read at; a stale one is refused.
 */
@Service
@Transactional
class Concepts {

    private static final String SELECT = """
            select id, name, description, stage, sort_order, published, updated_at, version from portal_concept""";

    private final JdbcClient jdbc;
    private final ShowcaseFiles files;
    private final Clock clock;

    Concepts(JdbcClient jdbc, ShowcaseFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    @Transactional(readOnly = true)
    List<Concept> all() {
        return jdbc.sql(SELECT + " order by sort_order, id").query(Concept.class).list();
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    @Transactional(readOnly = true)
    Concept get(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Concept.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("Concept", id));
    }

    /** The published concept products, in their order: for anyone. */
    @Transactional(readOnly = true)
    List<Concept> published() {
        return jdbc.sql(SELECT + " where published order by sort_order, id").query(Concept.class).list();
    }

    @Transactional(readOnly = true)
    Optional<Concept> published(long id) {
        return jdbc.sql(SELECT + " where id = ? and published").param(id).query(Concept.class).optional();
    }

    /** Creates ({@code id} null) or updates a concept product with its new pictures; answers its id. */
    @PreAuthorize("hasAuthority('portal.content.edit')")
    long save(Long id, ConceptForm form, List<Upload> images) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = TextChecks.clean(form.getName());
        TextChecks.required(errors, "name", name, 200);
        String description = TextChecks.clean(form.getDescription());
        TextChecks.length(errors, "description", description, 20_000);
        ConceptStage stage = TextChecks.choice(errors, "stage", ConceptStage.class, TextChecks.clean(form.getStage()));
        if (stage == null) {
            errors.putIfAbsent("stage", "showcase.error.required");
        }
        int sortOrder = TextChecks.sortOrder(errors, form.getSortOrder());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<FileType> types = files.check(images, true, "images", id == null ? 0 : files.count(FileOwner.CONCEPT, id));
        Timestamp now = Timestamp.from(clock.instant());
        long saved;
        if (id == null) {
            saved = jdbc.sql("""
                    insert into portal_concept(name, description, stage, sort_order, published, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(name, description, stage.name(), sortOrder, form.isPublished(), now, now)
                    .query(Long.class).single();
        } else {
            get(id);
            int updated = jdbc.sql("""
                    update portal_concept set name = ?, description = ?, stage = ?, sort_order = ?, published = ?,
                           updated_at = ?, version = version + 1
                     where id = ? and version = ?""")
                    .params(name, description, stage.name(), sortOrder, form.isPublished(), now, id,
                            form.getVersion() == null ? -1 : form.getVersion())
                    .update();
            if (updated == 0) {
                throw new ConcurrentEditException("Concept", id);
            }
            saved = id;
        }
        files.store(FileOwner.CONCEPT, saved, images, types);
        return saved;
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    void deleteImage(long id, long fileId) {
        get(id);
        files.delete(FileOwner.CONCEPT, id, fileId);
    }

    @PreAuthorize("hasAuthority('portal.content.edit')")
    void delete(long id) {
        get(id);
        files.deleteAll(FileOwner.CONCEPT, id);
        jdbc.sql("delete from portal_concept where id = ?").param(id).update();
    }
}
