package org.kehu.analytics.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.kehu.analytics.MonthlySales;
import org.kehu.shared.ConcurrentEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of sales targets and of the revenue they are measured against: targets from {@code analytics_sales_target},
 * revenue from the sales read model's months and edge days ({@link MonthlySales}) (net of returns, by the order's owner), both summed
 * in the database. Callers decide whose figures may be read; this class does not look at the data scope.
 */
@Component
public class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each person's targets of a year, month (1–12) to amount; people without targets are absent. */
    Map<Long, Map<Integer, BigDecimal>> targets(Collection<Long> userIds, int year) {
        Map<Long, Map<Integer, BigDecimal>> byUser = new HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        jdbc.sql("select user_id, month, amount from analytics_sales_target where user_id = any(:ids) and year = :year")
                .param("ids", ids(userIds)).param("year", year)
                .query(rs -> {
                    byUser.computeIfAbsent(rs.getLong(1), u -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        return byUser;
    }

    /** The version of each person's targets of a year; 0 for a person who has none yet. */
    Map<Long, Long> versions(Collection<Long> userIds, int year) {
        Map<Long, Long> versions = new HashMap<>();
        if (!userIds.isEmpty()) {
            jdbc.sql("select user_id, version from analytics_target_plan where user_id = any(:ids) and year = :year")
                    .param("ids", ids(userIds)).param("year", year)
                    .query(rs -> {
                        versions.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return versions;
    }

    /** Each person's revenue of a year by month (1–12): the orders they own, net of returns. */
    Map<Long, Map<Integer, BigDecimal>> revenueByMonth(Collection<Long> userIds, int year) {
        Map<Long, Map<Integer, BigDecimal>> byUser = new HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        Map<String, Object> params = new HashMap<>();
        String months = MonthlySales.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), params);
        params.put("ids", ids(userIds));
        jdbc.sql("select s.owner_id, cast(extract(month from s.month) as int) as month, sum(s.amount) from " + months
                + " s where s.owner_id = any(:ids) group by s.owner_id, 2").params(params)
                .query(rs -> {
                    byUser.computeIfAbsent(rs.getLong(1), u -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        return byUser;
    }

    /** Each person's target of one month; people without one are absent. */
    public Map<Long, BigDecimal> targetsOf(Collection<Long> userIds, YearMonth month) {
        Map<Long, BigDecimal> byUser = new HashMap<>();
        if (!userIds.isEmpty()) {
            jdbc.sql("select user_id, amount from analytics_sales_target where year = :year and month = :month and user_id = any(:ids)")
                    .param("year", month.getYear()).param("month", month.getMonthValue()).param("ids", ids(userIds))
                    .query(rs -> {
                        byUser.put(rs.getLong(1), rs.getBigDecimal(2));
                    });
        }
        return byUser;
    }

    /** The sum of everyone's targets per month of a range, for a reader who sees everyone. */
    public Map<YearMonth, BigDecimal> totalTargets(YearMonth first, YearMonth last, Collection<Long> userIdsOrNull) {
        Map<YearMonth, BigDecimal> byMonth = new HashMap<>();
        String owners = userIdsOrNull == null ? "" : " and user_id = any(:ids)";
        var spec = jdbc.sql("""
                select year, month, sum(amount) from analytics_sales_target
                 where (year * 12 + month) between :first and :last""" + owners + " group by year, month")
                .param("first", index(first)).param("last", index(last));
        if (userIdsOrNull != null) {
            spec = spec.param("ids", ids(userIdsOrNull));
        }
        spec.query(rs -> {
            byMonth.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getBigDecimal(3));
        });
        return byMonth;
    }

    /** Each person's revenue between two days (the second excluded). */
    public Map<Long, BigDecimal> revenueByOwner(Collection<Long> userIds, LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> byUser = new HashMap<>();
        if (!userIds.isEmpty()) {
            Map<String, Object> params = new HashMap<>();
            String months = MonthlySales.between(from, to, params);
            params.put("ids", ids(userIds));
            jdbc.sql("select s.owner_id, sum(s.amount) from " + months + " s where s.owner_id = any(:ids) group by s.owner_id")
                    .params(params)
                    .query(rs -> {
                        byUser.put(rs.getLong(1), rs.getBigDecimal(2));
                    });
        }
        return byUser;
    }

    /**
     * Writes a person's targets of a year if nobody else has since {@code expectedVersion} (0: none yet), and answers
     * the new version. A month mapped to {@code null} loses its target; months not mentioned keep theirs.
     */
    long save(long userId, int year, long expectedVersion, Map<Integer, BigDecimal> months, long editorId) {
        int changed = expectedVersion == 0
                ? jdbc.sql("""
                        insert into analytics_target_plan(user_id, year, version, updated_by, updated_at)
                        values (:user, :year, 1, :editor, now()) on conflict do nothing""")
                        .param("user", userId).param("year", year).param("editor", editorId).update()
                : jdbc.sql("""
                        update analytics_target_plan set version = version + 1, updated_by = :editor, updated_at = now()
                         where user_id = :user and year = :year and version = :version""")
                        .param("user", userId).param("year", year).param("editor", editorId)
                        .param("version", expectedVersion).update();
        if (changed != 1) {
            throw new ConcurrentEditException("Sales targets " + year + " of user", userId);
        }
        months.forEach((month, amount) -> {
            if (amount == null) {
                jdbc.sql("delete from analytics_sales_target where user_id = :user and year = :year and month = :month")
                        .param("user", userId).param("year", year).param("month", month).update();
            } else {
                jdbc.sql("""
                        insert into analytics_sales_target(user_id, year, month, amount) values (:user, :year, :month, :amount)
                        on conflict (user_id, year, month) do update set amount = excluded.amount""")
                        .param("user", userId).param("year", year).param("month", month).param("amount", amount).update();
            }
        });
        return expectedVersion + 1;
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue();
    }

    private static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }
}
