package org.kehu.portal.showcase;

import org.kehu.shared.FileType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' DIY designs (上传DIY产品, DIY信息管理): the portal's upload page {@link #submit submits} them for a
 * customer's contact; staff with {@code portal.design.review} accept, reject with a reason, or recommend them as
 * excellent, within their data scope (the customer's owner), by the rules of {@link DiyStatus}. Recommended designs
 * are shown on the public pages.
 */
@Service
@Transactional
public class DiyDesigns {

    public static final int MAX_PAGE_SIZE = 100;
    /** Files one design may bring from the portal's upload page. */
    public static final int MAX_UPLOAD_FILES = 5;

    /** Customers and their owners belong to the customer module: read for the name and the scope only. */
    private static final String SELECT = """
            select d.id, d.customer_id, c.name as customer_name, d.contact_id, d.title, d.status, d.reason,
                   u.name as reviewed_by, d.reviewed_at, d.created_at, d.version
              from portal_diy_design d join customer c on c.id = d.customer_id
              left join app_user u on u.id = d.reviewed_by""";

    private static final String OWN = """
            select id, title, description, status, reason, publish, created_at, reviewed_at from portal_diy_design""";

    private final JdbcClient jdbc;
    private final ShowcaseFiles files;
    private final UserDirectory users;
    private final Clock clock;

    DiyDesigns(JdbcClient jdbc, ShowcaseFiles files, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Stores a design a customer's contact uploaded, for review: images, PDF or CAD files (DWG, DXF, STEP, IGES),
     * recognised by their content, at least one and at most {@value ShowcaseFiles#MAX_FILES}. The caller has
     * signed the contact in and knows they belong to the customer. Answers the design's id; refusals name
     * {@code title}, {@code description} or {@code files}.
     */
    public long submit(long customerId, Long contactId, String title, String description, List<Upload> uploads) {
        return submit(customerId, contactId, title, description, uploads, true);
    }

    /**
     * As {@link #submit(long, Long, String, String, List)}, with the customer's choice whether the design may be
     * shown publicly once staff recommend it; the portal's upload page lets at most {@value #MAX_UPLOAD_FILES} files.
     */
    public long submit(long customerId, Long contactId, String title, String description, List<Upload> uploads,
            boolean publish) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = TextChecks.clean(title);
        TextChecks.required(errors, "title", t, 200);
        String d = TextChecks.clean(description);
        TextChecks.length(errors, "description", d, 10_000);
        List<Upload> given = uploads == null ? List.of() : uploads.stream()
                .filter(u -> u.content() != null && u.content().length > 0).toList();
        if (given.isEmpty()) {
            errors.put("files", "showcase.error.files-required");
        } else if (given.size() > MAX_UPLOAD_FILES) {
            errors.put("files", "portal.designs.error.too-many-files");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<FileType> types = files.check(given, false, "files", 0);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into portal_diy_design(customer_id, contact_id, title, description, status, publish, created_at,
                       updated_at)
                values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) returning id""")
                .params(customerId, contactId, t, d, publish, now, now).query(Long.class).single();
        files.store(FileOwner.DIY, id, given, types);
        return id;
    }

    /** The designs within the reader's scope, newest first, of one status or all ({@code null}). */
    @PreAuthorize("hasAuthority('portal.design.review')")
    @Transactional(readOnly = true)
    public KeysetPage<DiyDesignRow> page(DiyStatus status, String after, int size) {
        int limit = PageBounds.size(size, MAX_PAGE_SIZE);
        OwnerScope scope = users.ownerScope();
        Long afterId = Cursor.given(after) ? Cursor.parseId(after, "after") : null;
        List<DiyDesignRow> rows = jdbc.sql(SELECT + "\n" + """
                 where (cast(:status as varchar) is null or d.status = :status)
                   and (cast(:after as bigint) is null or d.id < :after)
                   and (:all or c.owner_id = any(:owners))
                 order by d.id desc limit :limit""")
                .param("status", status == null ? null : status.name()).param("after", afterId)
                .param("all", scope.all()).param("owners", scope.ownerIdArray()).param("limit", limit + 1)
                .query(DiyDesignRow.class).list();
        return KeysetPage.forward(rows, limit, r -> Cursor.of(r.id()));
    }

    /** A design within the reader's scope; 404 otherwise. */
    @PreAuthorize("hasAuthority('portal.design.review')")
    @Transactional(readOnly = true)
    public DiyDesignRow get(long id) {
        OwnerScope scope = users.ownerScope();
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(DiyDesignRow.class).optional()
                .filter(r -> scope.all() || scope.permits(ownerOf(r.customerId())))
                .orElseThrow(() -> new RecordNotFoundException("DIY design", id));
    }

    @PreAuthorize("hasAuthority('portal.design.review')")
    @Transactional(readOnly = true)
    String description(long id) {
        get(id);
        return jdbc.sql("select description from portal_diy_design where id = ?").param(id).query(String.class).single();
    }

    @PreAuthorize("hasAuthority('portal.design.review')")
    @Transactional(readOnly = true)
    List<StoredFile> files(long id) {
        get(id);
        return files.list(FileOwner.DIY, id);
    }

    @PreAuthorize("hasAuthority('portal.design.review')")
    public DiyDesignRow accept(long id, Long version) {
        return move(id, DiyStatus.ACCEPTED, null, version);
    }

    /** Rejects with the reason the customer will read; the reason is required. */
    @PreAuthorize("hasAuthority('portal.design.review')")
    public DiyDesignRow reject(long id, String reason, Long version) {
        String r = TextChecks.clean(reason);
        Map<String, String> errors = new LinkedHashMap<>();
        TextChecks.required(errors, "reason", r, 1000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return move(id, DiyStatus.REJECTED, r, version);
    }

    @PreAuthorize("hasAuthority('portal.design.review')")
    public DiyDesignRow recommend(long id, Long version) {
        return move(id, DiyStatus.RECOMMENDED, null, version);
    }

    /** The recommended designs, newest first: for anyone. */
    @Transactional(readOnly = true)
    List<DiyDesignRow> recommended(int limit) {
        return jdbc.sql(SELECT + " where d.status = 'RECOMMENDED' and d.publish order by d.id desc limit ?").param(limit)
                .query(DiyDesignRow.class).list();
    }

    /** A recommended design's description, for the public page; empty when it is not recommended. */
    @Transactional(readOnly = true)
    java.util.Optional<RecommendedDesign> recommended(long id) {
        return jdbc.sql("select id, title, description, created_at from portal_diy_design where id = ? and status = 'RECOMMENDED' and publish")
                .param(id).query(RecommendedDesign.class).optional();
    }

    /** Whether a design is recommended, so that its pictures may be shown to anyone. */
    @Transactional(readOnly = true)
    boolean isRecommended(long id) {
        return jdbc.sql("select exists (select 1 from portal_diy_design where id = ? and status = 'RECOMMENDED' and publish)")
                .param(id).query(Boolean.class).single();
    }

    /** The designs of a customer, newest first, for its contacts on the portal. */
    @Transactional(readOnly = true)
    List<OwnDesign> ofCustomer(long customerId) {
        return jdbc.sql(OWN + " where customer_id = ? order by id desc limit 200").param(customerId)
                .query(OwnDesign.class).list();
    }

    /** A design of this customer; empty for another company's, so that the portal answers 404. */
    @Transactional(readOnly = true)
    java.util.Optional<OwnDesign> ofCustomer(long customerId, long id) {
        return jdbc.sql(OWN + " where customer_id = ? and id = ?").params(customerId, id).query(OwnDesign.class).optional();
    }

    /** The files of a design of this customer; empty for another company's. */
    @Transactional(readOnly = true)
    List<StoredFile> filesOfCustomer(long customerId, long id) {
        return ofCustomer(customerId, id).map(d -> files.list(FileOwner.DIY, id)).orElse(List.of());
    }

    private DiyDesignRow move(long id, DiyStatus target, String reason, Long version) {
        DiyDesignRow design = get(id);
        if (version != null && version != design.version()) {
            throw new ConcurrentEditException("DIY design", id);
        }
        if (!design.status().canMoveTo(target)) {
            throw new RuleViolationException("showcase.diy.error.step", "This step is not open to the design now");
        }
        int updated = jdbc.sql("""
                update portal_diy_design set status = ?, reason = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ?,
                       version = version + 1
                 where id = ? and version = ?""")
                .params(target.name(), reason, users.requireCurrentUser().id(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()), id, design.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("DIY design", id);
        }
        return get(id);
    }

    private Long ownerOf(long customerId) {
        return jdbc.sql("select owner_id from customer where id = ?").param(customerId).query(Long.class).optional()
                .orElse(null);
    }

    /** A recommended design as the public page shows it: no customer, no contact. */
    record RecommendedDesign(long id, String title, String description, java.time.Instant createdAt) {

        public List<String> paragraphs() {
            return Paragraphs.of(description);
        }
    }

    /** A design as its own company sees it on the portal: its status, and the reason when it was rejected. */
    record OwnDesign(long id, String title, String description, DiyStatus status, String reason, boolean publish,
            java.time.Instant createdAt, java.time.Instant reviewedAt) {

        public List<String> paragraphs() {
            return Paragraphs.of(description);
        }
    }
}
