package org.kehu.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base: articles written, versioned and searched by staff, and the published ones shared with customers
 * read on the portal. Staff methods check {@code knowledge.view} / {@code knowledge.edit}; the customer methods
 * ({@code forCustomers}, {@link #suggestFor} with {@link Audience#CUSTOMERS}) answer only published articles shared with
 * customers, and 404 for any other.
 */
@Service
public class KnowledgeBase {

    static final int MAX_PAGE = 100;
    static final int SEARCH_RESULTS = 50;
    static final int SUGGESTIONS = 5;
    /** An attachment of an article: a manual, a drawing, a photo of a part. */
    static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    private final ArticleStore store;
    private final UserDirectory users;
    private final ServiceTickets tickets;
    private final Clock clock;

    KnowledgeBase(ArticleStore store, UserDirectory users, ServiceTickets tickets, Clock clock) {
        this.store = store;
        this.users = users;
        this.tickets = tickets;
        this.clock = clock;
    }

    public List<KnowledgeCategory> categories() {
        return store.categories();
    }

    @PreAuthorize("hasAuthority('knowledge.view')")
    public List<String> tags() {
        return store.tags();
    }

    /**
     * The staff list: with search text, the best {@value #SEARCH_RESULTS} matches ranked (one page); without, every
     * article newest change first, paged by keyset ({@code after}).
     */
    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional
    public KeysetPage<ArticleRow> list(ArticleFilter filter, String after, int size) {
        return listFor(clean(filter), after, size, Audience.STAFF);
    }

    /** The portal's list of published articles shared with customers, searched or newest first. */
    @Transactional
    public KeysetPage<ArticleRow> listForCustomers(String q, String after, int size) {
        return listFor(new ArticleFilter(ArticleChecks.query(q, "q"), null, null, null, null), after, size, Audience.CUSTOMERS);
    }

    private KeysetPage<ArticleRow> listFor(ArticleFilter f, String after, int size, Audience audience) {
        boolean customers = audience == Audience.CUSTOMERS;
        if (f.q() != null && !f.q().isBlank()) {
            return new KeysetPage<>(search(f, audience, SEARCH_RESULTS), null, null);
        }
        int n = PageBounds.size(size, MAX_PAGE);
        Cursor.Position<Instant> from = Cursor.given(after) ? Cursor.parse(after, "after", Instant.class) : null;
        List<ArticleRow> rows = store.page(f, customers, from, n + 1).stream().map(KnowledgeBase::withSnippetStart).toList();
        return KeysetPage.forward(rows, n, r -> Cursor.of(r.updatedAt(), r.id()));
    }

    /** The best matches of {@code q} for the audience; a search that finds nothing is recorded as a missing article. */
    @Transactional
    public List<ArticleRow> search(String q, Audience audience, int limit) {
        if (audience == Audience.STAFF) {
            requireStaff(Permission.KNOWLEDGE_VIEW);
        }
        return search(new ArticleFilter(ArticleChecks.query(q, "q"), null, null, null, null), audience,
                PageBounds.size(limit, SEARCH_RESULTS));
    }

    private List<ArticleRow> search(ArticleFilter f, Audience audience, int limit) {
        String tsQuery = SearchText.query(f.q());
        if (tsQuery.isEmpty()) {
            return List.of();
        }
        List<ArticleRow> rows = store.search(tsQuery, f.q(), f, audience == Audience.CUSTOMERS, limit).stream()
                .map(r -> withSnippetAt(r, f.q())).toList();
        if (rows.isEmpty()) {
            store.recordMissing(SearchText.normalised(f.q()), audience);
        }
        return rows;
    }

    /**
     * The articles best matching a ticket's subject, for the new-ticket pages (staff now, the portal's later): for
     * {@link Audience#CUSTOMERS} only published articles shared with customers; for staff every published article.
     * Any word of the subject may match (a subject is a sentence, not a query); nothing is recorded as missing.
     */
    @Transactional(readOnly = true)
    public List<ArticleRow> suggestFor(String subject, Audience audience) {
        if (subject == null || subject.isBlank() || subject.length() > ArticleChecks.QUERY_LENGTH) {
            return List.of();
        }
        String anyTerm = SearchText.anyTerm(subject);
        if (anyTerm.isEmpty()) {
            return List.of();
        }
        return store.suggest(anyTerm, audience == Audience.CUSTOMERS, SUGGESTIONS).stream()
                .map(KnowledgeBase::withSnippetStart).toList();
    }

    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional(readOnly = true)
    public ArticleDetails get(long id) {
        return details(find(id));
    }

    /** A published article shared with customers; 404 for any other (a staff-only or draft one is not there). */
    @Transactional(readOnly = true)
    public ArticleDetails getForCustomers(long id) {
        ArticleDetails a = details(find(id));
        if (!a.publicOnPortal()) {
            throw new RecordNotFoundException("Article", id);
        }
        return a;
    }

    /** Counts one reading of the article (pages call it; the API does not). */
    @Transactional
    public void countView(long id) {
        store.countView(id);
    }

    @PreAuthorize("hasAuthority('knowledge.edit')")
    @Transactional
    public ArticleDetails create(ArticleInput in) {
        List<String> tags = ArticleChecks.check(in, categoryCodes());
        CurrentUser user = users.requireCurrentUser();
        long id = store.insert(in, tags, user.id(), clock.instant());
        return get(id);
    }

    /** Saves a change made from {@code in.version()}; when someone saved since, nothing is saved (409). */
    @PreAuthorize("hasAuthority('knowledge.edit')")
    @Transactional
    public ArticleDetails update(long id, ArticleInput in) {
        find(id);
        if (in.version() == null) {
            throw InvalidInputException.of("version", "knowledge.error.version");
        }
        List<String> tags = ArticleChecks.check(in, categoryCodes());
        if (!store.update(id, in.version(), in, tags, users.requireCurrentUser().id(), clock.instant())) {
            throw new ConcurrentEditException("Article", id);
        }
        return get(id);
    }

    @PreAuthorize("hasAuthority('knowledge.edit')")
    @Transactional
    public void delete(long id, Long version) {
        find(id);
        if (!store.delete(id, version)) {
            throw new ConcurrentEditException("Article", id);
        }
    }

    /** Every saved version, newest first, with who saved it. */
    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional(readOnly = true)
    public List<ArticleVersion> versions(long id) {
        find(id);
        List<ArticleVersion> raw = store.versions(id);
        Set<Long> ids = raw.stream().map(ArticleVersion::editedByName).filter(Objects::nonNull).map(Long::valueOf)
                .collect(Collectors.toSet());
        Map<Long, String> names = users.names(ids);
        return raw.stream().map(v -> new ArticleVersion(v.articleId(), v.version(), v.title(), v.body(), v.category(),
                v.tags(), v.visibility(), v.status(), v.editedByName() == null ? null : names.get(Long.valueOf(v.editedByName())),
                v.editedAt())).toList();
    }

    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional(readOnly = true)
    public ArticleVersion version(long id, long version) {
        return versions(id).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Article version", id + "/" + version));
    }

    /** Safe HTML of Markdown (an older version, or the editor's preview). */
    public String render(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    /**
     * A "helpful?" vote: one per voter (a later vote replaces it). {@code voter} is the staff member or the portal
     * session; {@code forCustomers} votes only on articles the portal shows.
     */
    @Transactional
    public ArticleDetails vote(long id, String voter, boolean helpful, boolean forCustomers) {
        ArticleDetails a = forCustomers ? getForCustomers(id) : details(find(id));
        store.vote(a.id(), voter, helpful);
        return details(find(id));
    }

    /**
     * The voter key of a portal visitor's session ({@link #vote}): a hash, so that a session id is never stored in
     * the clear. The help pages and the new-ticket page's suggestions count one vote per session alike.
     */
    public static String sessionVoter(String sessionId) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "s" + java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The voter's vote on the article, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Boolean> voteOf(long id, String voter) {
        return store.voteOf(id, voter);
    }

    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional(readOnly = true)
    public List<MissingSearch> missing() {
        return store.missing(200);
    }

    /** Forgets a missing search (the article has been written). */
    @PreAuthorize("hasAuthority('knowledge.edit')")
    @Transactional
    public void forgetMissing(String query) {
        store.forgetMissing(query);
    }

    public List<AttachmentInfo> attachments(long id) {
        return store.attachments(id);
    }

    @PreAuthorize("hasAuthority('knowledge.edit')")
    @Transactional
    public long attach(long id, KnowledgeFile file) {
        find(id);
        if (file.content().length == 0) {
            throw InvalidInputException.of("file", "knowledge.error.file-empty");
        }
        if (file.content().length > MAX_ATTACHMENT_BYTES) {
            throw InvalidInputException.of("file", "knowledge.error.file-too-large");
        }
        String name = file.filename() == null || file.filename().isBlank() ? "attachment" : file.filename().strip();
        String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream" : file.contentType();
        if (type.length() > 100) {
            throw InvalidInputException.of("file", "knowledge.error.file-type");
        }
        return store.addAttachment(id, new KnowledgeFile(name.length() > 255 ? name.substring(0, 255) : name, type,
                file.content()), users.requireCurrentUser().id());
    }

    @PreAuthorize("hasAuthority('knowledge.edit')")
    @Transactional
    public void removeAttachment(long id, long attachmentId) {
        if (!store.deleteAttachment(id, attachmentId)) {
            throw new RecordNotFoundException("Attachment", attachmentId);
        }
    }

    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional(readOnly = true)
    public KnowledgeFile attachment(long attachmentId) {
        return store.attachment(attachmentId).orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId))
                .getValue();
    }

    /** An attachment of an article the portal shows; 404 for any other. */
    @Transactional(readOnly = true)
    public KnowledgeFile attachmentForCustomers(long attachmentId) {
        var found = store.attachment(attachmentId).orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        getForCustomers(found.getKey());
        return found.getValue();
    }

    /** Records that the article solved the ticket (a ticket the user may see). */
    @PreAuthorize("hasAuthority('knowledge.view') and hasAnyAuthority('knowledge.edit', 'ticket.handle')")
    @Transactional
    public void linkTicket(long articleId, long ticketId) {
        find(articleId);
        tickets.get(ticketId);
        store.link(articleId, ticketId, users.requireCurrentUser().id());
    }

    @PreAuthorize("hasAuthority('knowledge.view') and hasAnyAuthority('knowledge.edit', 'ticket.handle')")
    @Transactional
    public void unlinkTicket(long articleId, long ticketId) {
        tickets.get(ticketId);
        store.unlink(articleId, ticketId);
    }

    /** The articles linked to a ticket the user may see. */
    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional(readOnly = true)
    public List<ArticleRow> articlesOf(long ticketId) {
        tickets.get(ticketId);
        return store.articlesOf(ticketId).stream().map(KnowledgeBase::withSnippetStart).toList();
    }

    /** The tickets the article solved, as far as the user may see them (their customer in scope). */
    @PreAuthorize("hasAuthority('knowledge.view')")
    @Transactional(readOnly = true)
    public List<LinkedTicket> linkedTickets(long articleId) {
        CurrentUser user = users.requireCurrentUser();
        if (!user.can(Permission.TICKET_VIEW)) {
            return List.of();
        }
        List<LinkedTicket> out = new ArrayList<>();
        for (var link : store.ticketsOf(articleId)) {
            try {
                TicketDetails t = tickets.get(link.getKey());
                out.add(new LinkedTicket(t.id(), t.number(), t.subject(), link.getValue()));
            } catch (RecordNotFoundException outOfScope) {
                // another team's customer: the link exists, but not for this reader
            }
        }
        return out;
    }

    private ArticleStore.Stored find(long id) {
        return store.find(id).orElseThrow(() -> new RecordNotFoundException("Article", id));
    }

    private ArticleDetails details(ArticleStore.Stored s) {
        Set<Long> ids = new HashSet<>();
        if (s.createdBy() != null) {
            ids.add(s.createdBy());
        }
        if (s.updatedBy() != null) {
            ids.add(s.updatedBy());
        }
        Map<Long, String> names = users.names(ids);
        return new ArticleDetails(s.id(), s.title(), s.body(), MarkdownRenderer.toSafeHtml(s.body()), s.category(), s.tags(),
                s.visibility(), s.status(), s.viewCount(), s.helpfulYes(), s.helpfulNo(), names.get(s.createdBy()),
                s.createdAt(), names.get(s.updatedBy()), s.updatedAt(), s.version());
    }

    private Set<String> categoryCodes() {
        return store.categories().stream().map(KnowledgeCategory::code).collect(Collectors.toSet());
    }

    private void requireStaff(Permission permission) {
        if (!users.currentUser().map(u -> u.can(permission)).orElse(false)) {
            throw new org.springframework.security.access.AccessDeniedException("Not permitted");
        }
    }

    private static ArticleFilter clean(ArticleFilter f) {
        ArticleFilter in = f == null ? ArticleFilter.none() : f;
        return new ArticleFilter(ArticleChecks.query(in.q(), "q"), blankToNull(in.category()),
                blankToNull(ArticleChecks.query(in.tag(), "tag")),
                ArticleChecks.code(in.visibility(), Visibility.class, "visibility"),
                ArticleChecks.code(in.status(), ArticleStatus.class, "status"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ArticleRow withSnippetStart(ArticleRow r) {
        return withSnippetAt(r, null);
    }

    /** The row with its body replaced by a plain-text snippet around the first word of the query found in it. */
    private static ArticleRow withSnippetAt(ArticleRow r, String q) {
        String text = MarkdownRenderer.toPlainText(r.snippet());
        int at = -1;
        if (q != null) {
            for (String word : q.strip().split("\\s+")) {
                int i = text.toLowerCase(java.util.Locale.ROOT).indexOf(word.toLowerCase(java.util.Locale.ROOT));
                if (!word.isEmpty() && i >= 0) {
                    at = i;
                    break;
                }
            }
        }
        int start = Math.max(0, at - 30);
        int end = Math.min(text.length(), start + 120);
        String snippet = (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
        return new ArticleRow(r.id(), r.title(), r.category(), r.tags(), r.visibility(), r.status(), r.viewCount(),
                r.helpfulYes(), r.helpfulNo(), r.updatedAt(), snippet);
    }
}
