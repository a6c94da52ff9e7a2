package org.kehu.portal.configure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saved configurations, always read and written for one customer (the signed-in contact's company): another
 * company's configuration is "not found", exactly like one that does not exist.
 */
@Component
@Transactional
class Configurations {

    /** Enough for any real customer; stops a script from filling the table. */
    static final int MAX_PER_CUSTOMER = 200;
    static final int PAGE_SIZE = 20;

    private static final String SELECT = """
            select c.id, c.customer_id, c.product_id, c.quantity, c.unit_price, c.note, c.shown_publicly, c.updated_at,
                   c.version, array(select o.option_id from portal_configuration_option o
                                     where o.configuration_id = c.id order by o.option_id) as option_ids
              from portal_configuration c""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Configurations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves a new configuration of the customer; answers its id. */
    long create(long customerId, long contactId, long productId, List<Long> optionIds, int quantity, BigDecimal unitPrice,
            String note, boolean shown) {
        long count = jdbc.sql("select count(*) from portal_configuration where customer_id = ?").param(customerId)
                .query(Long.class).single();
        if (count >= MAX_PER_CUSTOMER) {
            throw InvalidInputException.of("option", "configure.error.too-many-saved");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into portal_configuration(customer_id, contact_id, product_id, quantity, unit_price, note,
                                                 shown_publicly, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customerId, contactId, productId, quantity, unitPrice, note, shown,
                        java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
                .query(Long.class).single();
        options(id, optionIds);
        return id;
    }

    /** Saves the customer's configuration over the version they read (409 when someone saved it since). */
    void update(long customerId, long id, long version, List<Long> optionIds, int quantity, BigDecimal unitPrice,
            String note, boolean shown) {
        if (find(customerId, id).isEmpty()) {
            throw new RecordNotFoundException("Configuration", id);
        }
        int changed = jdbc.sql("""
                update portal_configuration set quantity = ?, unit_price = ?, note = ?, shown_publicly = ?,
                       updated_at = ?, version = version + 1
                 where id = ? and customer_id = ? and version = ?""")
                .params(quantity, unitPrice, note, shown, java.sql.Timestamp.from(clock.instant()), id, customerId, version)
                .update();
        if (changed == 0) {
            throw new ConcurrentEditException("Configuration", id);
        }
        jdbc.sql("delete from portal_configuration_option where configuration_id = ?").param(id).update();
        options(id, optionIds);
    }

    void delete(long customerId, long id) {
        if (jdbc.sql("delete from portal_configuration where id = ? and customer_id = ?").params(id, customerId).update() == 0) {
            throw new RecordNotFoundException("Configuration", id);
        }
    }

    @Transactional(readOnly = true)
    Optional<SavedConfiguration> find(long customerId, long id) {
        return jdbc.sql(SELECT + " where c.id = ? and c.customer_id = ?").params(id, customerId)
                .query(Configurations::row).optional();
    }

    /** The customer's configurations, the last changed first, keyset paged forward. */
    @Transactional(readOnly = true)
    KeysetPage<SavedConfiguration> page(long customerId, String after) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where c.customer_id = :customer");
        Cursor.Position<Instant> from = null;
        if (Cursor.given(after)) {
            from = Cursor.parse(after, "after", Instant.class);
            sql.append(" and (c.updated_at, c.id) < (:at, :id)");
        }
        sql.append(" order by c.updated_at desc, c.id desc limit :limit");
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("customer", customerId).param("limit", PAGE_SIZE + 1);
        if (from != null) {
            query = query.param("at", java.sql.Timestamp.from(from.value())).param("id", from.id());
        }
        return KeysetPage.forward(query.query(Configurations::row).list(), PAGE_SIZE,
                c -> Cursor.of(c.updatedAt(), c.id()));
    }

    /** The configurations customers chose to show on the public site, newest first. */
    @Transactional(readOnly = true)
    List<SavedConfiguration> shown(int limit) {
        return jdbc.sql(SELECT + " where c.shown_publicly order by c.updated_at desc, c.id desc limit ?").param(limit)
                .query(Configurations::row).list();
    }

    private void options(long id, List<Long> optionIds) {
        for (Long option : optionIds) {
            jdbc.sql("insert into portal_configuration_option(configuration_id, option_id) values (?, ?)")
                    .params(id, option).update();
        }
    }

    private static SavedConfiguration row(ResultSet rs, int n) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("option_ids").getArray();
        return new SavedConfiguration(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("product_id"),
                new ArrayList<>(Arrays.asList(ids)), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
                rs.getString("note"), rs.getBoolean("shown_publicly"), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
