package org.kehu.analytics.value;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Each customer's purchase history as of a calibration end, summarised in SQL from the purchases (customer-days
 * with a sale, {@code analytics_purchase_day}), in the papers' terms: x = purchase days after the first (repeat
 * purchases), t_x = days from the first to the last, T = days from the first to the calibration end, z̄ = mean net
 * amount of the repeat purchase days. A purchase on the calibration end day counts. The BG/NBD works in weeks:
 * days / 7. The same code summarises the CDNOW purchases in the test that reproduces the papers.
 */
@Component
class PurchaseSummaries {

    /** Days in the models' time unit, the week. */
    static final double DAYS_PER_UNIT = 7;
    static final String TIME_UNIT = "WEEKS";

    private static final String PER_CUSTOMER = """
            select customer_id, count(*) - 1 as x, max(day) - min(day) as tx, cast(:end as date) - min(day) as t,
                   case when count(*) > 1
                        then (sum(amount) - (array_agg(amount order by day))[1]) / (count(*) - 1) end as zbar
            from %s where %s
            group by customer_id
            """;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final String table;

    @Autowired
    PurchaseSummaries(DataSource dataSource) {
        this(dataSource, "analytics_purchase_day");
    }

    /** On another table of the same shape ({@code customer_id, day, amount}): the CDNOW test's purchases. */
    PurchaseSummaries(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(10_000);
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.table = table;
    }

    private String perCustomer(String filter) {
        return PER_CUSTOMER.formatted(table, filter);
    }

    /** One customer's history, if he bought by then. */
    record Summary(long customerId, int x, int txDays, int tDays, BigDecimal meanValue) {

        double tx() {
            return txDays / DAYS_PER_UNIT;
        }

        double bigT() {
            return tDays / DAYS_PER_UNIT;
        }

        /** z̄ for the Gamma-Gamma model: none without repeat purchases, none when returns outweigh them. */
        double zbar() {
            return meanValue == null ? 0 : Math.max(meanValue.doubleValue(), 0);
        }
    }

    /** The BG/NBD's data: identical histories grouped, with how many customers share each. */
    BgNbdData bgNbd(LocalDate end) {
        return fitInput(end).bgNbd();
    }

    /** The Gamma-Gamma model's data: customers with repeat purchases of positive mean value. */
    GammaGammaData gammaGamma(LocalDate end) {
        return fitInput(end).gammaGamma();
    }

    /**
     * Everything the fit needs, in ONE ordered pass over the purchases (see {@link FitInput}): the histories grouped
     * for the BG/NBD, the spending for the Gamma-Gamma model and the holdout's cohort and repeat purchases per day.
     * The purchases come in customer order (the primary key) as (customer, day relative to the end, cents); memory
     * is that of the distinct histories, not of the purchases.
     */
    FitInput fitInput(LocalDate end) {
        int[] span = jdbc.sql("select min(day) - cast(:end as date), max(day) - cast(:end as date) from " + table)
                .param("end", end).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        FitInput.Builder builder = new FitInput.Builder(span[0], span[1]);
        String sql = "select customer_id, day - ?, cast(amount * 100 as bigint) from " + table
                + " order by customer_id, day";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // A cursor needs a transaction: outside the caller's, one of our own that only reads.
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(50_000);
                statement.setObject(1, end);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        builder.purchase(rs.getLong(1), rs.getInt(2), rs.getLong(3));
                    }
                }
            } finally {
                if (autoCommit) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the purchases", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return builder.build();
    }

    /**
     * Every customer's history, in customer order, streamed through a cursor (bounded memory however many
     * customers): call it inside a transaction, or PostgreSQL sends the whole result at once.
     */
    void forEach(LocalDate end, Consumer<Summary> consumer) {
        streaming.query(perCustomer("day <= :end") + " order by customer_id", Map.of("end", end),
                (RowCallbackHandler) rs -> consumer.accept(summary(rs)));
    }

    /** One customer's history. */
    Optional<Summary> of(long customerId, LocalDate end) {
        return jdbc.sql(perCustomer("customer_id = :id and day <= :end")).param("id", customerId).param("end", end)
                .query((rs, n) -> summary(rs)).optional();
    }

    /** How many customers made their first purchase on each day up to the end: the cohort of the holdout figure. */
    List<long[]> firstPurchases(LocalDate end) {
        return fitInput(end).firstPurchases();
    }

    /**
     * The cohort's repeat purchases per day, as days relative to the end (negative before it), through the last day
     * with purchases.
     */
    List<long[]> repeatPurchasesPerDay(LocalDate end) {
        return fitInput(end).repeatPurchasesPerDay();
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5));
    }

}
