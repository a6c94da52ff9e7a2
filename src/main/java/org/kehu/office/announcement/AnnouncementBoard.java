package org.kehu.office.announcement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.DepartmentSummary;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.knowledge.KnowledgeBase;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements and who has read and confirmed them. A reader sees those addressed to them within their publish
 * period: to everyone, or to their department or a department above it (what goes to a department reaches its
 * sub-departments). Authors also see their own at any time, and administrators (publishers who also administer the
 * users) see every announcement; these two may change one and see how many of those addressed have confirmed it.
 * Anything else is "not found", as if it did not exist.
 */
@Service
@Transactional
public class AnnouncementBoard {

    static final int MAX_PAGE = 100;

    /** The signed-in reader: their department and those above it, and whether they administer every announcement. */
    private record Reader(long id, Long[] departments, boolean admin) {
    }

    private static final String IN_PERIOD = """
            a.published_from <= :today and (a.published_until is null or a.published_until >= :today)""";
    private static final String ADDRESSED = IN_PERIOD + " " + """
             and (a.to_everyone or exists (select 1 from announcement_department ad
                                            where ad.announcement_id = a.id and ad.department_id = any(:depts)))""";
    private static final String VISIBLE = "(:admin or a.author_id = :me or (" + ADDRESSED + "))";
    private static final String ROW = """
            select a.id, a.title, a.must_read, a.to_everyone, a.published_from, a.published_until, a.author_id,
                   r.read_at, r.confirmed_at
              from announcement a
              left join announcement_read r on r.announcement_id = a.id and r.user_id = :me
            """;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final KnowledgeBase markdown;
    private final AuditTrail audit;
    private final Clock clock;

    AnnouncementBoard(JdbcClient jdbc, UserDirectory users, KnowledgeBase markdown, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.markdown = markdown;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reader's announcements, newest publish day first; {@code unreadOnly} keeps those not opened yet. */
    @Transactional(readOnly = true)
    public KeysetPage<AnnouncementRow> page(boolean unreadOnly, String after, int size) {
        Reader reader = reader();
        int n = PageBounds.size(size, MAX_PAGE);
        StringBuilder sql = new StringBuilder(ROW).append(" where ").append(VISIBLE);
        if (unreadOnly) {
            sql.append(" and r.read_at is null");
        }
        Cursor.Position<LocalDate> from = null;
        if (Cursor.given(after)) {
            from = Cursor.parse(after, "after", LocalDate.class);
            sql.append(" and (a.published_from, a.id) < (:fromDay, :fromId)");
        }
        sql.append(" order by a.published_from desc, a.id desc limit :limit");
        var query = bind(jdbc.sql(sql.toString()), reader).param("limit", n + 1);
        if (from != null) {
            query = query.param("fromDay", Date.valueOf(from.value())).param("fromId", from.id());
        }
        List<RawRow> raw = query.query(AnnouncementBoard::raw).list();
        return KeysetPage.forward(rows(raw, reader), n, r -> Cursor.of(r.publishedFrom(), r.id()));
    }

    /**
     * The must-read announcements addressed to the reader that they have not confirmed yet, newest first, at most
     * {@code limit}: what the home page shows until confirmed.
     */
    @Transactional(readOnly = true)
    public List<AnnouncementRow> awaitingConfirmation(int limit) {
        Reader reader = reader();
        List<RawRow> raw = bind(jdbc.sql(ROW + " where " + ADDRESSED + " " + """
                 and a.must_read and r.confirmed_at is null
                 order by a.published_from desc, a.id desc limit :limit"""), reader)
                .param("limit", Math.max(0, limit)).query(AnnouncementBoard::raw).list();
        return rows(raw, reader);
    }

    /** How many of the announcements addressed to the reader they have not opened yet. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        Reader reader = reader();
        return bind(jdbc.sql("select count(*) from announcement a where " + ADDRESSED + " " + """
                 and not exists (select 1 from announcement_read r where r.announcement_id = a.id and r.user_id = :me)"""),
                reader).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public AnnouncementDetails get(long id) {
        return details(load(reader(), id));
    }

    /** Opens an announcement: it counts as read from now on (confirming a must-read one is a second step). */
    public AnnouncementDetails open(long id) {
        Reader reader = reader();
        load(reader, id);
        jdbc.sql("""
                insert into announcement_read(announcement_id, user_id, read_at) values (:id, :me, :now)
                on conflict do nothing""").param("id", id).param("me", reader.id()).param("now", now()).update();
        return details(load(reader, id));
    }

    /** The reader says they have read it: read, and confirmed if it is a must-read one. Again is no change. */
    public AnnouncementDetails confirm(long id) {
        Reader reader = reader();
        Stored a = load(reader, id);
        Timestamp now = now();
        jdbc.sql("""
                insert into announcement_read(announcement_id, user_id, read_at, confirmed_at)
                values (:id, :me, :now, case when :must then cast(:now as timestamptz) end)
                on conflict (announcement_id, user_id) do update
                   set confirmed_at = coalesce(announcement_read.confirmed_at, excluded.confirmed_at)""")
                .param("id", id).param("me", reader.id()).param("now", now).param("must", a.mustRead()).update();
        return details(load(reader, id));
    }

    /** The departments an announcement may go to. */
    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments() {
        return users.departments();
    }

    @PreAuthorize("hasAuthority('announcement.publish')")
    public AnnouncementDetails create(AnnouncementInput in) {
        CurrentUser me = users.requireCurrentUser();
        check(in);
        Timestamp now = now();
        long id = jdbc.sql("""
                insert into announcement(title, body, body_format, to_everyone, must_read, published_from, published_until,
                                         author_id, created_at, updated_at)
                values (:title, :body, :format, :everyone, :must, :from, :until, :author, :now, :now) returning id""")
                .param("title", in.getTitle().strip()).param("body", in.getBody().strip())
                .param("format", in.getFormat().name()).param("everyone", in.isEveryone()).param("must", in.isMustRead())
                .param("from", Date.valueOf(in.getPublishedFrom()))
                .param("until", in.getPublishedUntil() == null ? null : Date.valueOf(in.getPublishedUntil()))
                .param("author", me.id()).param("now", now).query(Long.class).single();
        saveAudience(id, in);
        AnnouncementDetails created = get(id);
        audit.recordChange(AuditAction.CREATE, "announcement", id, created.title(), null, auditValues(created));
        return created;
    }

    /** Saves an edit by its author or an administrator; {@code in.version} must be the version read, else 409. */
    @PreAuthorize("hasAuthority('announcement.publish')")
    public AnnouncementDetails update(long id, AnnouncementInput in) {
        Reader reader = reader();
        Stored stored = load(reader, id);
        requireManageable(reader, stored);
        if (in.getVersion() == null) {
            throw InvalidInputException.of("version", "office.announcement.error.version-required");
        }
        check(in);
        AnnouncementDetails before = details(stored);
        int changed = jdbc.sql("""
                update announcement set title = :title, body = :body, body_format = :format, to_everyone = :everyone,
                       must_read = :must, published_from = :from, published_until = :until, updated_at = :now,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("title", in.getTitle().strip()).param("body", in.getBody().strip())
                .param("format", in.getFormat().name()).param("everyone", in.isEveryone()).param("must", in.isMustRead())
                .param("from", Date.valueOf(in.getPublishedFrom()))
                .param("until", in.getPublishedUntil() == null ? null : Date.valueOf(in.getPublishedUntil()))
                .param("now", now()).param("id", id).param("version", in.getVersion()).update();
        if (changed == 0) {
            throw new ConcurrentEditException("Announcement", id);
        }
        jdbc.sql("delete from announcement_department where announcement_id = :id").param("id", id).update();
        saveAudience(id, in);
        AnnouncementDetails after = get(id);
        audit.recordChange(AuditAction.UPDATE, "announcement", id, after.title(), auditValues(before), auditValues(after));
        return after;
    }

    /** Withdraws an announcement for good, with who read it. */
    @PreAuthorize("hasAuthority('announcement.publish')")
    public void delete(long id) {
        Reader reader = reader();
        Stored stored = load(reader, id);
        requireManageable(reader, stored);
        AnnouncementDetails before = details(stored);
        jdbc.sql("delete from announcement where id = :id").param("id", id).update();
        audit.recordChange(AuditAction.DELETE, "announcement", id, before.title(), auditValues(before), null);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Reader reader() {
        CurrentUser me = users.requireCurrentUser();
        Long[] departments = me.departmentId() == null ? new Long[0]
                : users.departmentAndParents(me.departmentId()).toArray(Long[]::new);
        return new Reader(me.id(), departments,
                me.can(Permission.ANNOUNCEMENT_PUBLISH) && me.can(Permission.USER_EDIT));
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reader reader) {
        return spec.param("me", reader.id()).param("depts", reader.departments()).param("admin", reader.admin())
                .param("today", Date.valueOf(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private record RawRow(long id, String title, boolean mustRead, boolean everyone, LocalDate from, LocalDate until,
            long authorId, Instant readAt, Instant confirmedAt) {
    }

    private static RawRow raw(ResultSet rs, int n) throws SQLException {
        return new RawRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getLong(7),
                instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private List<AnnouncementRow> rows(List<RawRow> raw, Reader reader) {
        Map<Long, String> names = users.names(raw.stream().map(RawRow::authorId).distinct().toList());
        LocalDate today = today();
        Audience audience = new Audience();
        List<AnnouncementRow> rows = new ArrayList<>();
        for (RawRow r : raw) {
            AnnouncementRow row = new AnnouncementRow(r.id(), r.title(), r.mustRead(), r.everyone(), r.from(), r.until(),
                    names.get(r.authorId()), r.readAt(), r.confirmedAt(), current(r.from(), r.until(), today), null, null);
            if (r.mustRead() && (reader.admin() || r.authorId() == reader.id())) {
                Set<Long> addressed = audience.of(r.id(), r.everyone());
                row = row.withCounts(confirmedAmong(r.id(), addressed).size(), addressed.size());
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean current(LocalDate from, LocalDate until, LocalDate today) {
        return !from.isAfter(today) && (until == null || !until.isBefore(today));
    }

    /** An announcement as stored, with the reader's read and confirmation times. */
    private record Stored(long id, String title, String body, AnnouncementFormat format, boolean everyone,
            boolean mustRead, LocalDate from, LocalDate until, long authorId, Instant createdAt, Instant updatedAt,
            long version, Instant readAt, Instant confirmedAt) {
    }

    private Stored load(Reader reader, long id) {
        return bind(jdbc.sql("""
                select a.id, a.title, a.body, a.body_format, a.to_everyone, a.must_read, a.published_from, a.published_until,
                       a.author_id, a.created_at, a.updated_at, a.version, r.read_at, r.confirmed_at
                  from announcement a
                  left join announcement_read r on r.announcement_id = a.id and r.user_id = :me
                 where a.id = :id and """ + VISIBLE), reader).param("id", id)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AnnouncementFormat.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6),
                        rs.getDate(7).toLocalDate(), rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(),
                        rs.getLong(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant(), rs.getLong(12),
                        instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14))))
                .optional().orElseThrow(() -> new RecordNotFoundException("Announcement", id));
    }

    private static boolean manageable(Reader reader, Stored a) {
        return reader.admin() || a.authorId() == reader.id();
    }

    private static void requireManageable(Reader reader, Stored a) {
        if (!manageable(reader, a)) {
            throw new AccessDeniedException("Only its author or an administrator changes an announcement");
        }
    }

    private AnnouncementDetails details(Stored a) {
        Reader reader = reader();
        List<Long> departmentIds = jdbc.sql("select department_id from announcement_department where announcement_id = :id order by department_id")
                .param("id", a.id()).query(Long.class).list();
        Map<Long, String> departmentNames = users.departments().stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name));
        boolean manageable = manageable(reader, a);
        Integer confirmed = null;
        Integer addressedCount = null;
        List<String> notConfirmed = null;
        if (manageable && a.mustRead()) {
            Set<Long> addressed = new Audience().of(a.id(), a.everyone());
            Set<Long> done = confirmedAmong(a.id(), addressed);
            confirmed = done.size();
            addressedCount = addressed.size();
            Set<Long> missing = new HashSet<>(addressed);
            missing.removeAll(done);
            notConfirmed = users.names(missing).values().stream().sorted().toList();
        }
        String html = a.format() == AnnouncementFormat.MARKDOWN ? markdown.render(a.body()) : null;
        return new AnnouncementDetails(a.id(), a.title(), a.body(), a.format(), html, a.everyone(), departmentIds,
                departmentIds.stream().map(departmentNames::get).toList(), a.mustRead(), a.from(), a.until(),
                a.authorId(), users.names(List.of(a.authorId())).get(a.authorId()), a.createdAt(), a.updatedAt(),
                a.version(), a.readAt(), a.confirmedAt(), current(a.from(), a.until(), today()), manageable, confirmed,
                addressedCount, notConfirmed);
    }

    /** Who of {@code addressed} has confirmed the announcement. */
    private Set<Long> confirmedAmong(long id, Set<Long> addressed) {
        Set<Long> confirmed = new HashSet<>(jdbc.sql("""
                select user_id from announcement_read where announcement_id = :id and confirmed_at is not null""")
                .param("id", id).query(Long.class).list());
        confirmed.retainAll(addressed);
        return confirmed;
    }

    /**
     * The enabled users an announcement is addressed to, worked out when asked (someone who joins a department later is
     * addressed too); departments' trees and the enabled users are read once per instance.
     */
    private final class Audience {

        private Set<Long> active;
        private final Map<Long, List<Long>> trees = new LinkedHashMap<>();

        Set<Long> of(long announcementId, boolean everyone) {
            if (active == null) {
                active = users.activeUsers().stream().map(UserSummary::id).collect(Collectors.toSet());
            }
            if (everyone) {
                return new HashSet<>(active);
            }
            Set<Long> addressed = new HashSet<>();
            for (Long department : jdbc.sql("select department_id from announcement_department where announcement_id = :id")
                    .param("id", announcementId).query(Long.class).list()) {
                addressed.addAll(trees.computeIfAbsent(department, users::usersInDepartmentTree));
            }
            addressed.retainAll(active);
            return addressed;
        }
    }

    private void check(AnnouncementInput in) {
        Map<String, String> problems = AnnouncementChecks.problems(in);
        if (!in.isEveryone() && !problems.containsKey("departmentIds")) {
            Set<Long> known = users.departments().stream().map(DepartmentSummary::id).collect(Collectors.toSet());
            if (!known.containsAll(in.getDepartmentIds())) {
                problems.put("departmentIds", "office.announcement.error.department-unknown");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void saveAudience(long id, AnnouncementInput in) {
        if (in.isEveryone()) {
            return;
        }
        for (Long department : new java.util.TreeSet<>(in.getDepartmentIds())) {
            jdbc.sql("insert into announcement_department(announcement_id, department_id) values (:id, :dept)")
                    .param("id", id).param("dept", department).update();
        }
    }

    private static Map<String, Object> auditValues(AnnouncementDetails a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("format", a.format().name());
        m.put("everyone", String.valueOf(a.everyone()));
        m.put("departments", a.departmentIds().toString());
        m.put("mustRead", String.valueOf(a.mustRead()));
        m.put("publishedFrom", a.publishedFrom().toString());
        if (a.publishedUntil() != null) {
            m.put("publishedUntil", a.publishedUntil().toString());
        }
        return m;
    }
}
