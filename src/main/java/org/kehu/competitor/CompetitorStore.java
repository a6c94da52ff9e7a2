package org.kehu.competitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kehu.shared.PinyinInitials;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The competitor tables, read and written with SQL; a change names the version it was made from. */
@Repository
class CompetitorStore {

    /** A stored competitor before its last editor is named. */
    record Stored(long id, String code, String name, String background, String development, String fields,
            String strategy, Instant createdAt, Instant updatedAt, Long updatedBy, long version) {
    }

    private static final String PRODUCT_COLUMNS = """
            p.id, p.competitor_id, c.name as competitor_name, p.name, p.model, p.our_product_id, p.relation, p.usage,
            p.performance, p.price, p.updated_at, p.version""";

    /** A stored competing product before our product is named. */
    record StoredProduct(long id, long competitorId, String competitorName, String name, String model, long ourProductId,
            Relation relation, String usage, String performance, java.math.BigDecimal price, Instant updatedAt,
            long version) {
    }

    private final JdbcClient jdbc;

    CompetitorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("""
                select id, code, name, background, development, fields, strategy, created_at, updated_at, updated_by, version
                  from competitor where id = :id""").param("id", id).query(CompetitorStore::stored).optional();
    }

    /** The id of the competitor with this code, in any case. */
    Optional<Long> idOfCode(String code) {
        return jdbc.sql("select id from competitor where upper(code) = upper(:code)").param("code", code)
                .query(Long.class).optional();
    }

    /** A page of competitors by name, whose code, name or name's pinyin initials contain {@code q}. */
    List<CompetitorRow> page(String q, Cursor.Position<String> after, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        String initials = q != null && PinyinInitials.looksLikeInitials(q) ? PinyinInitials.likePattern(q) : null;
        if (q != null) {
            where.append(" and (c.code ilike :q or c.name ilike :q")
                    .append(initials == null ? ")" : " or c.name_initials like :initials)");
        }
        if (after != null) {
            where.append(" and (c.name, c.id) > (:afterName, :afterId)");
        }
        return jdbc.sql("""
                select c.id, c.code, c.name, c.fields, c.updated_at,
                       (select count(*) from competitor_product p where p.competitor_id = c.id) as products
                  from competitor c""" + where + " order by c.name, c.id limit :limit")
                .param("q", q == null ? null : Like.contains(q)).param("initials", initials)
                .param("afterName", after == null ? null : after.value()).param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query((rs, n) -> new CompetitorRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("fields"), rs.getInt("products"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Every competitor's id and name, by name (the choices of a select). */
    List<Object[]> names() {
        return jdbc.sql("select id, name from competitor order by name, id")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
    }

    long insert(CompetitorInput in, long userId, Instant now) {
        return jdbc.sql("""
                insert into competitor(code, name, name_initials, background, development, fields, strategy,
                                       created_by, created_at, updated_by, updated_at)
                values (:code, :name, :initials, :background, :development, :fields, :strategy, :user, :now, :user, :now)
                returning id""")
                .param("code", in.code()).param("name", in.name()).param("initials", PinyinInitials.initialsOfName(in.name()))
                .param("background", in.background()).param("development", in.development()).param("fields", in.fields())
                .param("strategy", in.strategy()).param("user", userId).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Saves the fields when {@code version} is still the stored one; false when someone saved first. */
    boolean update(long id, CompetitorInput in, long version, long userId, Instant now) {
        return jdbc.sql("""
                update competitor set code = :code, name = :name, name_initials = :initials, background = :background,
                       development = :development, fields = :fields, strategy = :strategy, updated_by = :user,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .param("code", in.code()).param("name", in.name()).param("initials", PinyinInitials.initialsOfName(in.name()))
                .param("background", in.background()).param("development", in.development()).param("fields", in.fields())
                .param("strategy", in.strategy()).param("user", userId).param("now", Timestamp.from(now))
                .param("id", id).param("version", version).update() == 1;
    }

    Optional<StoredProduct> product(long id) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from competitor_product p join competitor c on c.id = p.competitor_id"
                + " where p.id = :id").param("id", id).query(CompetitorStore::storedProduct).optional();
    }

    List<StoredProduct> productsOf(long competitorId) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from competitor_product p join competitor c on c.id = p.competitor_id"
                + " where p.competitor_id = :id order by p.name, p.id").param("id", competitorId)
                .query(CompetitorStore::storedProduct).list();
    }

    /** The competitors' products that compete with one of ours. */
    List<StoredProduct> competing(long ourProductId) {
        return jdbc.sql("select " + PRODUCT_COLUMNS + " from competitor_product p join competitor c on c.id = p.competitor_id"
                + " where p.our_product_id = :id order by p.price, p.id").param("id", ourProductId)
                .query(CompetitorStore::storedProduct).list();
    }

    long insertProduct(long competitorId, CompetingProductInput in, long userId, Instant now) {
        long id = jdbc.sql("""
                insert into competitor_product(competitor_id, name, model, our_product_id, relation, usage, performance,
                                               price, created_by, created_at, updated_by, updated_at)
                values (:competitor, :name, :model, :ours, :relation, :usage, :performance, :price, :user, :now, :user, :now)
                returning id""")
                .param("competitor", competitorId).param("name", in.name()).param("model", in.model())
                .param("ours", in.ourProductId()).param("relation", in.relation()).param("usage", in.usage())
                .param("performance", in.performance()).param("price", in.price()).param("user", userId)
                .param("now", Timestamp.from(now)).query(Long.class).single();
        touch(competitorId, userId, now);
        return id;
    }

    boolean updateProduct(long id, CompetingProductInput in, long version, long userId, Instant now) {
        return jdbc.sql("""
                update competitor_product set name = :name, model = :model, our_product_id = :ours, relation = :relation,
                       usage = :usage, performance = :performance, price = :price, updated_by = :user, updated_at = :now,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("name", in.name()).param("model", in.model()).param("ours", in.ourProductId())
                .param("relation", in.relation()).param("usage", in.usage()).param("performance", in.performance())
                .param("price", in.price()).param("user", userId).param("now", Timestamp.from(now))
                .param("id", id).param("version", version).update() == 1;
    }

    /** A competitor's file counts as updated when its products change: its "updated time" says how fresh it is. */
    void touch(long competitorId, long userId, Instant now) {
        jdbc.sql("update competitor set updated_at = :now, updated_by = :user where id = :id")
                .param("now", Timestamp.from(now)).param("user", userId).param("id", competitorId).update();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("background"),
                rs.getString("development"), rs.getString("fields"), rs.getString("strategy"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("updated_by", Long.class), rs.getLong("version"));
    }

    private static StoredProduct storedProduct(ResultSet rs, int row) throws SQLException {
        return new StoredProduct(rs.getLong("id"), rs.getLong("competitor_id"), rs.getString("competitor_name"),
                rs.getString("name"), rs.getString("model"), rs.getLong("our_product_id"),
                Relation.valueOf(rs.getString("relation")), rs.getString("usage"), rs.getString("performance"),
                rs.getBigDecimal("price"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
