package org.kehu.portal.guestbook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactSelfService;
import org.kehu.portal.PortalUser;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guestbook (留言簿) as a signed-in customer's contact uses it: threads newest first, a new suggestion, a reply,
 * and editing or deleting one's own post for {@link GuestbookSettings#editWindow()} after writing it. Reading is for
 * signed-in portal users only: posts name people and companies, which the public pages never show. A customer sees
 * visible posts and their own hidden ones (marked "hidden by staff"); another's post they may not change is "not
 * found". Posting is rate limited per account in the database, so that it holds across application nodes.
 */
@Service
@Transactional
public class Guestbook {

    static final int MAX_PAGE_SIZE = 50;
    private static final List<String> SHOWN = List.of(PostStatus.VISIBLE.name());

    private final PostStore store;
    private final ContactSelfService contacts;
    private final GuestbookSettings settings;
    private final Clock clock;

    Guestbook(PostStore store, ContactSelfService contacts, GuestbookSettings settings, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The threads this reader may see, newest first, each with its replies. */
    @Transactional(readOnly = true)
    public KeysetPage<GuestbookThread> threads(PortalUser reader, String after, int size) {
        int limit = PageBounds.size(size, MAX_PAGE_SIZE);
        Long afterId = Cursor.given(after) ? Cursor.parseId(after, "after") : null;
        List<GuestbookPost> roots = store.jdbc().sql(PostStore.SELECT + "\n" + """
                 where p.thread_id is null and p.status <> 'DELETED'
                   and (p.status = 'VISIBLE' or p.account_id = :me)
                   and (cast(:after as bigint) is null or p.id < :after)
                 order by p.id desc limit :limit""")
                .param("me", reader.accountId()).param("after", afterId).param("limit", limit + 1)
                .query(GuestbookPost.class).list();
        KeysetPage<GuestbookPost> page = KeysetPage.forward(roots, limit, r -> Cursor.of(r.id()));
        Map<Long, List<GuestbookPost>> replies = store.replies(page.items().stream().map(GuestbookPost::id).toList(),
                SHOWN, reader.accountId()).stream().collect(Collectors.groupingBy(GuestbookPost::threadId));
        return page.map(r -> new GuestbookThread(r, replies.getOrDefault(r.id(), List.of())));
    }

    /** Starts a thread with a suggestion; answers its id. */
    public long post(PortalUser author, String text) {
        String body = PostText.checked("text", text, PostText.MAX);
        return insert(author, null, body);
    }

    /** Replies to a thread the author may see and that is not hidden; answers the reply's id. */
    public long reply(PortalUser author, long threadId, String text) {
        String body = PostText.checked("text", text, PostText.MAX);
        GuestbookPost thread = store.find(threadId).filter(GuestbookPost::root)
                .filter(p -> p.status() == PostStatus.VISIBLE)
                .orElseThrow(() -> new RecordNotFoundException("Guestbook thread", threadId));
        return insert(author, thread.id(), body);
    }

    /** Changes the text of one's own visible post within the edit window. */
    public void edit(PortalUser author, long id, String text, Long version) {
        String body = PostText.checked("text", text, PostText.MAX);
        GuestbookPost post = ownChangeable(author, id, version);
        int updated = store.jdbc().sql("""
                update portal_guestbook_post set body = ?, edited_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(body, Timestamp.from(clock.instant()), id, post.version()).update();
        if (updated == 0) {
            throw new ConcurrentEditException("Guestbook post", id);
        }
    }

    /** Deletes one's own visible post within the edit window; a deleted root takes its thread off the page. */
    public void delete(PortalUser author, long id, Long version) {
        GuestbookPost post = ownChangeable(author, id, version);
        if (!store.moveTo(id, post.version(), PostStatus.DELETED, null, null, clock.instant())) {
            throw new ConcurrentEditException("Guestbook post", id);
        }
    }

    /** One's own post that is not deleted, for its edit form; another's is "not found". */
    @Transactional(readOnly = true)
    public GuestbookPost own(PortalUser author, long id) {
        return store.find(id).filter(p -> p.status() != PostStatus.DELETED)
                .filter(p -> store.accountOf(id).filter(a -> a == author.accountId()).isPresent())
                .orElseThrow(() -> new RecordNotFoundException("Guestbook post", id));
    }

    /** Whether the author may still edit or delete this post of theirs (the page offers the buttons). */
    public boolean changeable(PortalUser reader, GuestbookPost post) {
        return post.status() == PostStatus.VISIBLE && !post.staff() && post.contactId() != null
                && store.accountOf(post.id()).filter(a -> a == reader.accountId()).isPresent()
                && post.createdAt().plus(settings.editWindow()).isAfter(clock.instant());
    }

    private GuestbookPost ownChangeable(PortalUser author, long id, Long version) {
        GuestbookPost post = own(author, id);
        if (version != null && version != post.version()) {
            throw new ConcurrentEditException("Guestbook post", id);
        }
        if (post.status() != PostStatus.VISIBLE) {
            throw new RuleViolationException("guestbook.error.hidden", "The post was hidden by staff");
        }
        if (!post.createdAt().plus(settings.editWindow()).isAfter(clock.instant())) {
            throw new RuleViolationException("guestbook.error.edit-window", "The time to change this post is over",
                    settings.editWindow().toMinutes());
        }
        return post;
    }

    private long insert(PortalUser author, Long threadId, String body) {
        Instant now = clock.instant();
        // One account's posts are counted under a lock on its row: two nodes cannot both let the sixth post in.
        store.jdbc().sql("select id from portal_account where id = ? for update").param(author.accountId())
                .query(Long.class).single();
        long recent = store.jdbc().sql("""
                select count(*) from portal_guestbook_post where account_id = ? and created_at > ?""")
                .params(author.accountId(), Timestamp.from(now.minus(settings.rateWindow()))).query(Long.class).single();
        if (recent >= settings.postsPerWindow()) {
            throw new RuleViolationException("guestbook.error.rate-limit", "Too many posts; try again later",
                    settings.postsPerWindow(), settings.rateWindow().toMinutes());
        }
        ContactDetails contact = contacts.contact(author.contactId())
                .orElseThrow(() -> new RecordNotFoundException("Contact", author.contactId()));
        String company = contacts.customer(author.customerId()).map(c -> PostText.shortCompany(c.name())).orElse("");
        String name = company.isEmpty() ? contact.name() : contact.name() + " · " + company;
        return store.insertByCustomer(threadId, author.accountId(), author.customerId(), author.contactId(),
                name.length() > 200 ? name.substring(0, 200) : name, body, now);
    }
}
