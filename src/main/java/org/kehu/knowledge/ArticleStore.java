package org.kehu.knowledge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.kehu.shared.paging.Cursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/** The articles' tables, read and written with SQL: search needs it, and the versions are plain snapshots. */
@Repository
class ArticleStore {

    /** A stored article before its body is rendered and its people named. */
    record Stored(long id, String title, String body, String category, List<String> tags, Visibility visibility,
            ArticleStatus status, long viewCount, int helpfulYes, int helpfulNo, Long createdBy, Instant createdAt,
            Long updatedBy, Instant updatedAt, long version) {
    }

    private static final String COLUMNS = """
            a.id, a.title, a.body, a.category_code, a.tags, a.visibility, a.status, a.view_count, a.helpful_yes,
            a.helpful_no, a.created_by, a.created_at, a.updated_by, a.updated_at, a.version""";
    private static final String ROW_COLUMNS = """
            a.id, a.title, left(a.body, 3000) as body, a.category_code, a.tags, a.visibility, a.status, a.view_count,
            a.helpful_yes, a.helpful_no, a.updated_at""";
    static final String CUSTOMER_VISIBLE = "a.status = 'PUBLISHED' and a.visibility <> 'STAFF'";

    private final JdbcClient jdbc;

    ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from knowledge_article a where a.id = :id").param("id", id)
                .query(ArticleStore::stored).optional();
    }

    long insert(ArticleInput in, List<String> tags, long userId, Instant now) {
        long id = jdbc.sql("""
                insert into knowledge_article(title, body, category_code, tags, visibility, status, title_doc, body_doc,
                                              created_by, created_at, updated_by, updated_at)
                values (:title, :body, :category, :tags, :visibility, :status, cast(:titleDoc as tsvector),
                        cast(:bodyDoc as tsvector), :user, :now, :user, :now)
                returning id""")
                .param("title", in.title().strip()).param("body", in.body()).param("category", in.category())
                .param("tags", tags.toArray(String[]::new)).param("visibility", in.visibility())
                .param("status", in.status()).param("titleDoc", SearchText.vector(in.title(), 'A'))
                .param("bodyDoc", SearchText.vector(in.body(), 'B')).param("user", userId)
                .param("now", java.sql.Timestamp.from(now)).query(Long.class).single();
        snapshot(id, userId, now);
        return id;
    }

    /** Saves the change if the article is still at {@code version}; false when someone saved first. */
    boolean update(long id, long version, ArticleInput in, List<String> tags, long userId, Instant now) {
        int changed = jdbc.sql("""
                update knowledge_article set title = :title, body = :body, category_code = :category, tags = :tags,
                       visibility = :visibility, status = :status, title_doc = cast(:titleDoc as tsvector),
                       body_doc = cast(:bodyDoc as tsvector), updated_by = :user, updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .param("title", in.title().strip()).param("body", in.body()).param("category", in.category())
                .param("tags", tags.toArray(String[]::new)).param("visibility", in.visibility())
                .param("status", in.status()).param("titleDoc", SearchText.vector(in.title(), 'A'))
                .param("bodyDoc", SearchText.vector(in.body(), 'B')).param("user", userId)
                .param("now", java.sql.Timestamp.from(now)).param("id", id).param("version", version).update();
        if (changed == 1) {
            snapshot(id, userId, now);
        }
        return changed == 1;
    }

    private void snapshot(long id, long userId, Instant now) {
        jdbc.sql("""
                insert into knowledge_article_version(article_id, version, title, body, category_code, tags, visibility,
                                                      status, edited_by, edited_at)
                select id, version, title, body, category_code, tags, visibility, status, :user, :now
                  from knowledge_article where id = :id""")
                .param("id", id).param("user", userId).param("now", java.sql.Timestamp.from(now)).update();
    }

    /** Deletes the article if it is still at {@code version} (any version when null). */
    boolean delete(long id, Long version) {
        if (version == null) {
            return jdbc.sql("delete from knowledge_article where id = :id").param("id", id).update() == 1;
        }
        return jdbc.sql("delete from knowledge_article where id = :id and version = :version").param("id", id)
                .param("version", version).update() == 1;
    }

    /** Versions with the id of their editor in {@code editedByName}, replaced by a name by the knowledge base. */
    List<ArticleVersion> versions(long id) {
        return jdbc.sql("""
                select article_id, version, title, body, category_code, tags, visibility, status, edited_by, edited_at
                  from knowledge_article_version where article_id = :id order by version desc""")
                .param("id", id).query((rs, n) -> new ArticleVersion(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), tags(rs.getArray(6)), Visibility.valueOf(rs.getString(7)),
                        ArticleStatus.valueOf(rs.getString(8)), nullableId(rs, 9), rs.getTimestamp(10).toInstant()))
                .list();
    }

    /** One page of the list, newest change first, by keyset on (updated_at, id). */
    List<ArticleRow> page(ArticleFilter f, boolean customersOnly, Cursor.Position<Instant> after, int limit) {
        StringBuilder sql = new StringBuilder("select " + ROW_COLUMNS + " from knowledge_article a where true");
        var spec = filters(sql, f, customersOnly);
        if (after != null) {
            sql.append(" and (a.updated_at, a.id) < (:afterAt, :afterId)");
            spec = spec.param("afterAt", java.sql.Timestamp.from(after.value())).param("afterId", after.id());
        }
        sql.append(" order by a.updated_at desc, a.id desc limit :limit");
        return spec.param("limit", limit).sql(sql.toString()).query(ArticleStore::row).list();
    }

    /**
     * The best matches of a query: title matches first, then by how well the body matches (ts_rank) and how like the
     * query the title is (pg_trgm similarity); newest first among equals.
     */
    List<ArticleRow> search(String tsQuery, String raw, ArticleFilter f, boolean customersOnly, int limit) {
        StringBuilder sql = new StringBuilder("select " + ROW_COLUMNS + """
                , (a.title_doc @@ q.q) as in_title,
                  ts_rank(a.body_doc, q.q) + 0.5 * similarity(a.title, :raw) as score
                  from knowledge_article a, (select cast(:tsq as tsquery) as q) q
                 where (a.title_doc @@ q.q or a.body_doc @@ q.q)""");
        var spec = filters(sql, f, customersOnly);
        sql.append(" order by in_title desc, score desc, a.updated_at desc, a.id desc limit :limit");
        return spec.param("tsq", tsQuery).param("raw", raw).param("limit", limit).sql(sql.toString())
                .query(ArticleStore::row).list();
    }

    /**
     * Published articles sharing terms with a subject, by how much of it their title and body match (the title counts
     * double).
     */
    List<ArticleRow> suggest(String anyTermQuery, boolean customersOnly, int limit) {
        return jdbc.sql("select " + ROW_COLUMNS + """
                  from knowledge_article a, (select cast(:tsq as tsquery) as q) q
                 where (a.title_doc @@ q.q or a.body_doc @@ q.q) and a.status = 'PUBLISHED'"""
                + (customersOnly ? " and " + CUSTOMER_VISIBLE : "")
                + " order by 2 * ts_rank(a.title_doc, q.q) + ts_rank(a.body_doc, q.q) desc, a.id desc limit :limit")
                .param("tsq", anyTermQuery).param("limit", limit).query(ArticleStore::row).list();
    }

    /** Adds the filters' conditions to {@code sql} and returns a holder of their parameters. */
    private ParamSpec filters(StringBuilder sql, ArticleFilter f, boolean customersOnly) {
        ParamSpec spec = new ParamSpec(jdbc);
        if (customersOnly) {
            sql.append(" and ").append(CUSTOMER_VISIBLE);
        }
        if (StringUtils.hasText(f.category())) {
            sql.append(" and a.category_code = :category");
            spec = spec.param("category", f.category());
        }
        if (StringUtils.hasText(f.tag())) {
            sql.append(" and :tag = any(a.tags)");
            spec = spec.param("tag", f.tag().strip());
        }
        if (StringUtils.hasText(f.visibility())) {
            sql.append(" and a.visibility = :visibility");
            spec = spec.param("visibility", f.visibility());
        }
        if (StringUtils.hasText(f.status())) {
            sql.append(" and a.status = :status");
            spec = spec.param("status", f.status());
        }
        return spec;
    }

    /** Named parameters gathered before the SQL text is complete. */
    static final class ParamSpec {
        private final JdbcClient jdbc;
        private final java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        private String sql;

        ParamSpec(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        ParamSpec param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        JdbcClient.StatementSpec sql(String text) {
            this.sql = text;
            return jdbc.sql(sql).params(params);
        }
    }

    void countView(long id) {
        jdbc.sql("update knowledge_article set view_count = view_count + 1 where id = :id").param("id", id).update();
    }

    /** Records the voter's vote (a second vote replaces the first) and recounts the article's votes. */
    void vote(long id, String voter, boolean helpful) {
        jdbc.sql("""
                insert into knowledge_vote(article_id, voter, helpful) values (:id, :voter, :helpful)
                on conflict (article_id, voter) do update set helpful = excluded.helpful, voted_at = now()""")
                .param("id", id).param("voter", voter).param("helpful", helpful).update();
        jdbc.sql("""
                update knowledge_article a set
                       helpful_yes = (select count(*) from knowledge_vote v where v.article_id = a.id and v.helpful),
                       helpful_no = (select count(*) from knowledge_vote v where v.article_id = a.id and not v.helpful)
                 where a.id = :id""").param("id", id).update();
    }

    Optional<Boolean> voteOf(long id, String voter) {
        return jdbc.sql("select helpful from knowledge_vote where article_id = :id and voter = :voter")
                .param("id", id).param("voter", voter).query(Boolean.class).optional();
    }

    void recordMissing(String query, Audience audience) {
        jdbc.sql("""
                insert into knowledge_missing_search(query, audience) values (:q, :audience)
                on conflict (query, audience) do update set searches = knowledge_missing_search.searches + 1, last_at = now()""")
                .param("q", query).param("audience", audience.name()).update();
    }

    List<MissingSearch> missing(int limit) {
        return jdbc.sql("""
                select query, audience, searches, first_at, last_at from knowledge_missing_search
                 order by searches desc, last_at desc limit :limit""").param("limit", limit)
                .query((rs, n) -> new MissingSearch(rs.getString(1), Audience.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant())).list();
    }

    void forgetMissing(String query) {
        jdbc.sql("delete from knowledge_missing_search where query = :q").param("q", query).update();
    }

    List<KnowledgeCategory> categories() {
        return jdbc.sql("select code, name_zh, name_en from knowledge_category order by sort_order, code")
                .query(KnowledgeCategory.class).list();
    }

    List<String> tags() {
        return jdbc.sql("select distinct unnest(tags) as t from knowledge_article order by t limit 200")
                .query(String.class).list();
    }

    long addAttachment(long articleId, KnowledgeFile file, long userId) {
        return jdbc.sql("""
                insert into knowledge_attachment(article_id, filename, content_type, size_bytes, content, created_by)
                values (:article, :name, :type, :size, :content, :user) returning id""")
                .param("article", articleId).param("name", file.filename()).param("type", file.contentType())
                .param("size", file.content().length).param("content", file.content()).param("user", userId)
                .query(Long.class).single();
    }

    List<AttachmentInfo> attachments(long articleId) {
        return jdbc.sql("""
                select id, article_id, filename, content_type, size_bytes, created_at from knowledge_attachment
                 where article_id = :id order by id""").param("id", articleId)
                .query((rs, n) -> new AttachmentInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant())).list();
    }

    /** The attachment with the id of its article. */
    Optional<java.util.Map.Entry<Long, KnowledgeFile>> attachment(long id) {
        return jdbc.sql("select article_id, filename, content_type, content from knowledge_attachment where id = :id")
                .param("id", id).query((rs, n) -> java.util.Map.entry(rs.getLong(1),
                        new KnowledgeFile(rs.getString(2), rs.getString(3), rs.getBytes(4)))).optional();
    }

    boolean deleteAttachment(long articleId, long id) {
        return jdbc.sql("delete from knowledge_attachment where id = :id and article_id = :article")
                .param("id", id).param("article", articleId).update() == 1;
    }

    void link(long articleId, long ticketId, long userId) {
        jdbc.sql("""
                insert into knowledge_ticket_link(article_id, ticket_id, linked_by) values (:article, :ticket, :user)
                on conflict do nothing""").param("article", articleId).param("ticket", ticketId).param("user", userId)
                .update();
    }

    void unlink(long articleId, long ticketId) {
        jdbc.sql("delete from knowledge_ticket_link where article_id = :article and ticket_id = :ticket")
                .param("article", articleId).param("ticket", ticketId).update();
    }

    /** Ticket ids and when they were linked, newest first. */
    List<java.util.Map.Entry<Long, Instant>> ticketsOf(long articleId) {
        return jdbc.sql("select ticket_id, linked_at from knowledge_ticket_link where article_id = :id order by linked_at desc")
                .param("id", articleId).query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    List<ArticleRow> articlesOf(long ticketId) {
        return jdbc.sql("select " + ROW_COLUMNS + """
                  from knowledge_article a join knowledge_ticket_link l on l.article_id = a.id
                 where l.ticket_id = :ticket order by l.linked_at desc""").param("ticket", ticketId)
                .query(ArticleStore::row).list();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("category_code"),
                tags(rs.getArray("tags")), Visibility.valueOf(rs.getString("visibility")),
                ArticleStatus.valueOf(rs.getString("status")), rs.getLong("view_count"), rs.getInt("helpful_yes"),
                rs.getInt("helpful_no"), nullableId(rs, "created_by"), rs.getTimestamp("created_at").toInstant(),
                nullableId(rs, "updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static ArticleRow row(ResultSet rs, int n) throws SQLException {
        return new ArticleRow(rs.getLong("id"), rs.getString("title"), rs.getString("category_code"),
                tags(rs.getArray("tags")), Visibility.valueOf(rs.getString("visibility")),
                ArticleStatus.valueOf(rs.getString("status")), rs.getLong("view_count"), rs.getInt("helpful_yes"),
                rs.getInt("helpful_no"), rs.getTimestamp("updated_at").toInstant(), rs.getString("body"));
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static Long nullableId(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static String nullableId(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Long.toString(v);
    }
}
