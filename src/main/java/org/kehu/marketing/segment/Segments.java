package org.kehu.marketing.segment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.marketing.SqlSet;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Saved segments: stored, checked, counted, previewed and paged in the reader's data scope, and handed to campaigns as
 * SQL sets ({@link SegmentMembers}). A segment is a dynamic filter: its members are whoever matches when it is used.
 */
@Service
public class Segments implements SegmentMembers {

    static final int PREVIEW_SIZE = 20;
    static final int MAX_PAGE = 200;

    private static final String MEMBER_SELECT = """
            select c.id, c.code, c.name, c.province_code, u.name as owner_name, r.segment as rfm_segment, cs.clv, cs.p_alive,
                   (select max(p.day) from analytics_purchase_day p where p.customer_id = c.id) as last_order_day
              from (select c.id %s) m join customer c on c.id = m.id join customer_score cs on cs.customer_id = c.id
              left join app_user u on u.id = c.owner_id
              left join analytics_customer_rfm r on r.customer_id = c.id
            """;

    private final JdbcClient jdbc;
    private final SegmentChecks checks;
    private final UserDirectory users;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Segments(JdbcClient jdbc, SegmentChecks checks, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.users = users;
        this.clock = clock;
    }

    /** The segments, newest change first. */
    public KeysetPage<SegmentRow> list(String after, int size) {
        int n = PageBounds.size(size, MAX_PAGE);
        var sql = jdbc.sql("""
                select s.id, s.name, s.description, u.name as updated_by_name, s.updated_at
                  from marketing_segment s left join app_user u on u.id = s.updated_by
                 where (cast(:after as bigint) is null or s.id < :after)
                 order by s.id desc limit :limit""")
                .param("after", Cursor.given(after) ? Cursor.parseId(after, "after") : null).param("limit", n + 1);
        return KeysetPage.forward(sql.query((rs, i) -> new SegmentRow(rs.getLong("id"), rs.getString("name"),
                rs.getString("description"), rs.getString("updated_by_name"), instant(rs, "updated_at"))).list(), n,
                r -> Cursor.of(r.id()));
    }

    public SegmentDetails get(long id) {
        return jdbc.sql("""
                select s.id, s.name, s.description, s.criteria::text as criteria, cu.name as created_by_name,
                       uu.name as updated_by_name, s.updated_at, s.version
                  from marketing_segment s left join app_user cu on cu.id = s.created_by
                  left join app_user uu on uu.id = s.updated_by where s.id = :id""").param("id", id)
                .query((rs, i) -> new SegmentDetails(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        criteria(rs.getString("criteria")), rs.getString("created_by_name"),
                        rs.getString("updated_by_name"), instant(rs, "updated_at"), rs.getLong("version")))
                .optional().orElseThrow(() -> new RecordNotFoundException("Segment", id));
    }

    @Transactional
    public SegmentDetails create(SegmentInput input) {
        checks.check(input.name(), input.description(), input.criteria());
        CurrentUser user = users.requireCurrentUser();
        long id = jdbc.sql("""
                insert into marketing_segment(name, description, criteria, created_by, updated_by)
                values (:name, :description, cast(:criteria as jsonb), :user, :user) returning id""")
                .param("name", input.name()).param("description", input.description())
                .param("criteria", json.writeValueAsString(input.criteria())).param("user", user.id())
                .query(Long.class).single();
        return get(id);
    }

    /** Saves a change made from {@code input.version()}; someone who saved since makes it a conflict. */
    @Transactional
    public SegmentDetails update(long id, SegmentInput input) {
        get(id);
        checks.check(input.name(), input.description(), input.criteria());
        if (input.version() == null) {
            throw org.kehu.shared.InvalidInputException.of("version", "marketing.segment.error.version");
        }
        int changed = jdbc.sql("""
                update marketing_segment set name = :name, description = :description, criteria = cast(:criteria as jsonb),
                       updated_by = :user, updated_at = now(), version = version + 1
                 where id = :id and version = :version""")
                .param("name", input.name()).param("description", input.description())
                .param("criteria", json.writeValueAsString(input.criteria()))
                .param("user", users.requireCurrentUser().id()).param("id", id).param("version", input.version()).update();
        if (changed == 0) {
            throw new ConcurrentEditException("Segment", id);
        }
        return get(id);
    }

    @Transactional
    public void delete(long id, long version) {
        get(id);
        if (jdbc.sql("delete from marketing_segment where id = :id and version = :version").param("id", id)
                .param("version", version).update() == 0) {
            throw new ConcurrentEditException("Segment", id);
        }
    }

    /** How many customers of {@code scope} the filter selects now. */
    public long count(SegmentCriteria criteria, OwnerScope scope) {
        checks.check(criteria);
        SegmentSql sql = SegmentSql.of(criteria, scope, today());
        return jdbc.sql("select count(*) " + sql.fromWhere()).params(sql.params()).query(Long.class).single();
    }

    /** The first customers (by id) of {@code scope} the filter selects now. */
    public List<SegmentMember> preview(SegmentCriteria criteria, OwnerScope scope) {
        checks.check(criteria);
        return page(SegmentSql.of(criteria, scope, today()), null, PREVIEW_SIZE).items();
    }

    /** A saved segment's customers in {@code scope}, by id, a page at a time. */
    public KeysetPage<SegmentMember> members(long segmentId, OwnerScope scope, String after, int size) {
        SegmentSql sql = SegmentSql.of(get(segmentId).criteria(), scope, today());
        return page(sql, Cursor.given(after) ? Cursor.parseId(after, "after") : null, PageBounds.size(size, MAX_PAGE));
    }

    @Override
    public SqlSet customersOf(long segmentId) {
        return customersOf(segmentId, OwnerScope.everything());
    }

    /** The segment's customers within a data scope (a campaign of an account manager reaches his own customers). */
    public SqlSet customersOf(long segmentId, OwnerScope scope) {
        return SegmentSql.of(get(segmentId).criteria(), scope, today()).customers();
    }

    @Override
    public SqlSet contactsOf(long segmentId) {
        return contactsOf(segmentId, OwnerScope.everything());
    }

    /** The segment's contacts within a data scope. */
    public SqlSet contactsOf(long segmentId, OwnerScope scope) {
        SegmentCriteria criteria = get(segmentId).criteria();
        return SegmentSql.of(criteria, scope, today()).contacts(criteria);
    }

    private KeysetPage<SegmentMember> page(SegmentSql sql, Long after, int size) {
        String fromWhere = sql.fromWhere() + (after == null ? "" : " and c.id > :afterId") + " order by c.id limit :limit";
        var spec = jdbc.sql(MEMBER_SELECT.formatted(fromWhere) + " order by c.id").params(sql.params())
                .param("limit", size + 1);
        if (after != null) {
            spec = spec.param("afterId", after);
        }
        return KeysetPage.forward(spec.query(Segments::member).list(), size, m -> Cursor.of(m.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private SegmentCriteria criteria(String text) {
        return json.readValue(text, SegmentCriteria.class);
    }

    private static SegmentMember member(ResultSet rs, int n) throws SQLException {
        java.sql.Date last = rs.getDate("last_order_day");
        return new SegmentMember(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("province_code"), rs.getString("owner_name"), rs.getString("rfm_segment"),
                rs.getBigDecimal("clv"), rs.getBigDecimal("p_alive"), last == null ? null : last.toLocalDate());
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
