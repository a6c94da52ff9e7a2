package org.kehu.office.addressbook;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.Permission;
import org.kehu.identity.StaffCard;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.PinyinInitials;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.Like;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The address book (通讯录) as one reader sees it: the public part — every staff member by department, and the
 * contacts of the customers within the reader's data scope (none without the customer permission) — and the reader's
 * own personal entries. A search matches the name, the organisation, phone numbers and e-mail, and, when it is
 * made of letters only, the pinyin initials of the name in order ({@code zm} finds 周敏).
 */
@Service
public class AddressBook {

    /** Contacts per page of the list. */
    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;
    /** The longest search text: a name, a phone number or an address fits. */
    public static final int MAX_QUERY = 100;

    private static final String CONTACT_SELECT = """
            select c.id, c.name, cu.name as organisation, c.title, c.mobile, c.office_phone as phone, c.email,
                   c.office_address as address, c.customer_id
              from contact c join customer cu on cu.id = c.customer_id
              left join office_contact_initials i on i.contact_id = c.id and i.name = c.name
             where (:all or cu.owner_id = any(:owners))
               and (cast(:like as varchar) is null or c.name ilike :like or cu.name ilike :like or c.mobile like :like
                    or c.office_phone like :like or c.email ilike :like
                    or (cast(:initials as varchar) is not null and i.initials like :initials))
            """;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final ContactInitialsIndex initials;
    private final PersonalEntries personal;

    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    AddressBook(JdbcClient jdbc, UserDirectory users, ContactInitialsIndex initials, PersonalEntries personal,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.users = users;
        this.initials = initials;
        this.personal = personal;
    }

    /** Every staff member matching {@code q} (all of them without one), by department and name. */
    public List<AddressCard> staff(String q) {
        String query = normalise(q);
        return users.staffCards().stream().filter(s -> query == null || matches(s, query)).map(AddressBook::card).toList();
    }

    /**
     * A page of the contacts of customers in the reader's scope matching {@code q}, by name; nothing for a reader
     * without the customer permission.
     */
    public KeysetPage<AddressCard> contacts(CurrentUser reader, String q, String after, int size) {
        if (!reader.can(Permission.CUSTOMER_VIEW)) {
            return new KeysetPage<>(List.of(), null, null);
        }
        int pageSize = PageBounds.size(size, MAX_PAGE_SIZE);
        Cursor.Position<String> from = Cursor.given(after) ? Cursor.parse(after, "after", String.class) : null;
        String query = normalise(q);
        if (query != null) {
            initials.refresh();
        }
        OwnerScope scope = users.ownerScope(reader);
        List<AddressCard> rows = contactQuery(scope, query, (from == null ? "" : " and (c.name, c.id) > (:afterName, :afterId)")
                + " order by c.name, c.id limit :size")
                .param("afterName", from == null ? "" : from.value()).param("afterId", from == null ? 0L : from.id())
                .param("size", pageSize + 1).query(AddressBook::contactCard).list();
        return KeysetPage.forward(rows, pageSize, c -> Cursor.of(c.name(), c.id()));
    }

    /**
     * Every contact in the reader's scope matching {@code q}, streamed to {@code sink} (for exports). The initials are
     * refreshed first, in a transaction of their own, so that a request never holds two connections at once.
     */
    public void eachContact(CurrentUser reader, String q, Consumer<AddressCard> sink) {
        if (!reader.can(Permission.CUSTOMER_VIEW)) {
            return;
        }
        String query = normalise(q);
        if (query != null) {
            initials.refresh();
        }
        // PostgreSQL streams by the fetch size only inside a transaction
        readOnly.executeWithoutResult(status -> stream(reader, query, sink));
    }

    private void stream(CurrentUser reader, String query, Consumer<AddressCard> sink) {
        try (var rows = contactQuery(users.ownerScope(reader), query, " order by c.name, c.id").withFetchSize(500)
                .query(AddressBook::contactCard).stream()) {
            rows.forEach(sink);
        }
    }

    /** The reader's personal entries matching {@code q}, by name. */
    public List<AddressCard> personal(CurrentUser reader, String q) {
        String query = normalise(q);
        return personal.search(reader.id(), query == null ? null : Like.contains(query),
                query != null && PinyinInitials.looksLikeInitials(query) ? PinyinInitials.likePattern(query) : null);
    }

    private JdbcClient.StatementSpec contactQuery(OwnerScope scope, String query, String tail) {
        return jdbc.sql(CONTACT_SELECT + tail)
                .param("all", scope.all()).param("owners", scope.ownerIdArray())
                .param("like", query == null ? null : Like.contains(query))
                .param("initials", query != null && PinyinInitials.looksLikeInitials(query) ? PinyinInitials.likePattern(query) : null);
    }

    /** The search text trimmed, or null for none; a search longer than {@link #MAX_QUERY} is cut there. */
    public static String normalise(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String query = q.strip();
        return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    }

    static boolean matches(StaffCard s, String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        if (contains(s.name(), lower) || contains(s.username(), lower) || contains(s.departmentName(), lower)
                || contains(s.phone(), lower) || contains(s.email(), lower)) {
            return true;
        }
        return PinyinInitials.looksLikeInitials(query) && inOrder(PinyinInitials.of(s.name()), lower);
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    /** Whether the letters of {@code query} appear in {@code initials} in order, as the SQL pattern of the contacts. */
    static boolean inOrder(String initials, String query) {
        int at = 0;
        for (char c : query.toCharArray()) {
            at = initials.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static AddressCard card(StaffCard s) {
        return new AddressCard(AddressCard.Kind.STAFF, s.id(), s.name(), s.departmentName(), null, null, s.phone(), s.email(),
                null, null);
    }

    private static AddressCard contactCard(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AddressCard(AddressCard.Kind.CONTACT, rs.getLong("id"), rs.getString("name"), rs.getString("organisation"),
                rs.getString("title"), rs.getString("mobile"), rs.getString("phone"), rs.getString("email"),
                rs.getString("address"), rs.getLong("customer_id"));
    }
}
