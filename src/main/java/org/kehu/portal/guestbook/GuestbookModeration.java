package org.kehu.portal.guestbook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.kehu.shared.paging.PageBounds;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guestbook moderation (客户意见管理) with {@code guestbook.moderate}: every post, hidden and deleted ones too; hiding
 * with a reason and showing again; deleting a post, or every expired one at once; answering a thread as staff; and
 * turning a customer's post into a suggestion ticket through support's {@link ServiceTickets} (which checks the
 * moderator's own {@code ticket.create} and data scope). Guestbook posts are not owned records: a moderator sees them
 * all, as every signed-in customer does.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('guestbook.moderate')")
public class GuestbookModeration {

    public static final int MAX_PAGE_SIZE = 100;
    private static final List<String> ALL = List.of("VISIBLE", "HIDDEN", "DELETED");

    private final PostStore store;
    private final UserDirectory users;
    private final ServiceTickets tickets;
    private final GuestbookSettings settings;
    private final Clock clock;

    GuestbookModeration(PostStore store, UserDirectory users, ServiceTickets tickets, GuestbookSettings settings,
            Clock clock) {
        this.store = store;
        this.users = users;
        this.tickets = tickets;
        this.settings = settings;
        this.clock = clock;
    }

    /** Posts, roots and replies alike, newest first. */
    @Transactional(readOnly = true)
    public KeysetPage<GuestbookPost> page(ModerationFilter filter, String after, int size) {
        int limit = PageBounds.size(size, MAX_PAGE_SIZE);
        Long afterId = Cursor.given(after) ? Cursor.parseId(after, "after") : null;
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw InvalidInputException.of("to", "guestbook.error.dates");
        }
        String text = filter.text() == null || filter.text().isBlank() ? null : Like.contains(filter.text().strip());
        List<GuestbookPost> rows = store.jdbc().sql(PostStore.SELECT + "\n" + """
                 where (cast(:status as varchar) is null and p.status <> 'DELETED' or p.status = :status)
                   and (cast(:from as timestamptz) is null or p.created_at >= :from)
                   and (cast(:to as timestamptz) is null or p.created_at < :to)
                   and (cast(:text as varchar) is null or p.body ilike :text or p.author_name ilike :text)
                   and (cast(:after as bigint) is null or p.id < :after)
                 order by p.id desc limit :limit""")
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("from", filter.from() == null ? null
                        : Timestamp.from(filter.from().atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("to", filter.to() == null ? null
                        : Timestamp.from(filter.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("text", text).param("after", afterId).param("limit", limit + 1)
                .query(GuestbookPost.class).list();
        return KeysetPage.forward(rows, limit, r -> Cursor.of(r.id()));
    }

    @Transactional(readOnly = true)
    public GuestbookPost get(long id) {
        return store.find(id).orElseThrow(() -> new RecordNotFoundException("Guestbook post", id));
    }

    /** The thread of a post, root and every reply whatever their status. */
    @Transactional(readOnly = true)
    public GuestbookThread thread(long id) {
        GuestbookPost root = get(get(id).threadRoot());
        Map<Long, List<GuestbookPost>> replies = store.replies(List.of(root.id()), ALL, null).stream()
                .collect(Collectors.groupingBy(GuestbookPost::threadId));
        return new GuestbookThread(root, replies.getOrDefault(root.id(), List.of()));
    }

    /** The posts a ticket was made of (one, or none when the ticket did not come from the guestbook). */
    @Transactional(readOnly = true)
    public List<GuestbookPost> postsOfTicket(long ticketId) {
        return store.jdbc().sql(PostStore.SELECT + " where p.ticket_id = ? order by p.id").param(ticketId)
                .query(GuestbookPost.class).list();
    }

    /** Whether a ticket was made from a guestbook post (the ticket page shows the card only then). */
    public boolean hasPostsOfTicket(long ticketId) {
        return store.jdbc().sql("select exists(select 1 from portal_guestbook_post where ticket_id = ?)").param(ticketId)
                .query(Boolean.class).single();
    }

    /** Hides a post from customers (its author still sees it, marked hidden), with the reason staff give. */
    public GuestbookPost hide(long id, String reason, Long version) {
        String r = PostText.checked("reason", reason, PostText.REASON_MAX);
        return move(id, PostStatus.HIDDEN, r, version, PostStatus.VISIBLE);
    }

    /** Shows a hidden post again. */
    public GuestbookPost unhide(long id, Long version) {
        return move(id, PostStatus.VISIBLE, null, version, PostStatus.HIDDEN);
    }

    /** Deletes a post (a root takes its thread off the portal). */
    public GuestbookPost delete(long id, Long version) {
        return move(id, PostStatus.DELETED, null, version, PostStatus.VISIBLE, PostStatus.HIDDEN);
    }

    /** How many posts are expired: written longer ago than the setting, and not deleted yet. */
    @Transactional(readOnly = true)
    public long expiredCount() {
        return store.jdbc().sql("select count(*) from portal_guestbook_post where created_at < ? and status <> 'DELETED'")
                .param(Timestamp.from(expiredBefore())).query(Long.class).single();
    }

    /** Marks every expired post deleted; answers how many. */
    public int deleteExpired() {
        Instant now = clock.instant();
        return store.jdbc().sql("""
                update portal_guestbook_post set status = 'DELETED', moderated_by = ?, moderated_at = ?, version = version + 1
                 where created_at < ? and status <> 'DELETED'""")
                .params(users.requireCurrentUser().id(), Timestamp.from(now), Timestamp.from(expiredBefore())).update();
    }

    /** The expiry age in days, for the page's confirmation. */
    public long expireAfterDays() {
        return settings.expireAfterDays();
    }

    /** Answers a thread as staff: a reply shown as "answered as staff" with the moderator's name. */
    public GuestbookPost answer(long id, String text) {
        String body = PostText.checked("text", text, PostText.MAX);
        GuestbookPost root = get(get(id).threadRoot());
        if (root.status() == PostStatus.DELETED) {
            throw new RuleViolationException("guestbook.error.deleted", "The thread is deleted");
        }
        CurrentUser me = users.requireCurrentUser();
        return get(store.insertByStaff(root.id(), me.id(), me.name(), body, clock.instant()));
    }

    /**
     * Makes a suggestion ticket (channel PORTAL) of a customer's post, for the post's customer and contact, routed
     * as support routes suggestions; links the post to it. A post already turned into a ticket, or written by staff,
     * is refused (409).
     */
    public TicketDetails toTicket(long id, SuggestionTicketRequest request) {
        GuestbookPost post = get(id);
        if (post.staff() || post.customerId() == null) {
            throw new RuleViolationException("guestbook.error.staff-post", "A staff answer cannot become a ticket");
        }
        if (post.ticketId() != null) {
            throw new RuleViolationException("guestbook.error.has-ticket", "The post is already a ticket");
        }
        String first = post.body().strip().lines().findFirst().orElse("");
        String subject = first.codePointCount(0, first.length()) > 60
                ? first.substring(0, first.offsetByCodePoints(0, 60)) + "…" : first;
        TicketDetails ticket = tickets.create(new TicketInput(post.customerId(), post.contactId(), "SUGGESTION",
                request.priorityCode() == null || request.priorityCode().isBlank() ? "NORMAL" : request.priorityCode(),
                "PORTAL", subject, post.body() + "\n\n—— " + post.authorName() + " · #" + post.id(), null, null, null,
                request.categoryCode(), null, null, request.departmentId(), null, null));
        int updated = store.jdbc().sql("""
                update portal_guestbook_post set ticket_id = ?, version = version + 1 where id = ? and ticket_id is null""")
                .params(ticket.id(), id).update();
        if (updated == 0) {
            throw new ConcurrentEditException("Guestbook post", id);
        }
        return ticket;
    }

    private GuestbookPost move(long id, PostStatus target, String reason, Long version, PostStatus... from) {
        GuestbookPost post = get(id);
        if (version != null && version != post.version()) {
            throw new ConcurrentEditException("Guestbook post", id);
        }
        if (!List.of(from).contains(post.status())) {
            throw new RuleViolationException("guestbook.error.step", "This step is not open to the post now");
        }
        if (!store.moveTo(id, post.version(), target, reason, users.requireCurrentUser().id(), clock.instant())) {
            throw new ConcurrentEditException("Guestbook post", id);
        }
        return get(id);
    }

    private Instant expiredBefore() {
        return clock.instant().minus(settings.expireAfter());
    }
}
