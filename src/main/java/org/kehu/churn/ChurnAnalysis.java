package org.kehu.churn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The churn analysis (客户流失分析): confirmations counted by reason, region, grade and month over a period, in
 * the reader's data scope (the customer's owner). One grouped query over the indexed confirmations; the totals
 * are added up from its rows.
 */
@Service
@Transactional(readOnly = true)
public class ChurnAnalysis {

    /** The longest period a report covers. */
    public static final int MAX_YEARS = 10;

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Dictionary dictionary;

    ChurnAnalysis(JdbcClient jdbc, UserDirectory users, Dictionary dictionary) {
        this.jdbc = jdbc;
        this.users = users;
        this.dictionary = dictionary;
    }

    /** The default period: the last twelve months up to today. */
    public static LocalDate defaultFrom(LocalDate today) {
        return YearMonth.from(today).minusMonths(11).atDay(1);
    }

    /**
     * The report from {@code from} to {@code to}, both days included; 400 naming {@code to} when it comes before
     * {@code from} or the period is longer than {@value #MAX_YEARS} years.
     */
    @PreAuthorize("hasAuthority('report.view')")
    public ChurnReport report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "churn.error.period-order");
        }
        if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
            throw InvalidInputException.of("to", "churn.error.period-long");
        }
        OwnerScope scope = users.ownerScope();
        String scoped = scope.all() ? "" : " and c.owner_id = any(:scopeIds)";
        var sql = jdbc.sql("""
                select to_char(a.at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, a.reason_code, c.province_code,
                       c.grade_code, count(*) as n
                  from churn_action a join customer c on c.id = a.customer_id
                 where a.action = 'CONFIRMED' and a.at >= :start and a.at < :end""" + scoped
                // a space before group by: the text block ends on ":end", which unscoped became ":endgroup"
                + " group by 1, 2, 3, 4 order by 1, 2, 3, 4")
                .param("start", Timestamp.from(from.atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
        if (!scope.all()) {
            sql = sql.param("scopeIds", scope.ownerIdArray());
        }
        List<ChurnReport.Row> rows = sql.query((rs, n) -> new ChurnReport.Row(rs.getString("month"),
                rs.getString("reason_code"), dictionary.label(DictionaryType.CHURN_REASON, rs.getString("reason_code")),
                rs.getString("province_code"), dictionary.regionName(rs.getString("province_code")),
                rs.getString("grade_code"), dictionary.label(DictionaryType.CUSTOMER_GRADE, rs.getString("grade_code")),
                rs.getLong("n"))).list();
        long total = rows.stream().mapToLong(ChurnReport.Row::count).sum();
        Map<String, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m.toString(), new long[1]);
        }
        rows.forEach(r -> months.computeIfAbsent(r.month(), k -> new long[1])[0] += r.count());
        List<ChurnReport.Share> byMonth = new ArrayList<>();
        months.forEach((m, c) -> byMonth.add(new ChurnReport.Share(m, m, c[0], share(c[0], total))));
        return new ChurnReport(from, to, rows, new ChurnReport.Totals(total,
                byCount(rows, ChurnReport.Row::reasonCode, ChurnReport.Row::reason, total),
                byCount(rows, ChurnReport.Row::regionCode, ChurnReport.Row::region, total),
                byCount(rows, ChurnReport.Row::gradeCode, ChurnReport.Row::grade, total), byMonth));
    }

    /** The counts per value of a dimension, largest first. */
    private static List<ChurnReport.Share> byCount(List<ChurnReport.Row> rows, Function<ChurnReport.Row, String> code,
            Function<ChurnReport.Row, String> label, long total) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ChurnReport.Row r : rows) {
            String key = code.apply(r) == null ? "" : code.apply(r);
            counts.computeIfAbsent(key, k -> new long[1])[0] += r.count();
            labels.putIfAbsent(key, label.apply(r));
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> new ChurnReport.Share(e.getKey().isEmpty() ? null : e.getKey(), labels.get(e.getKey()),
                        e.getValue()[0], share(e.getValue()[0], total)))
                .toList();
    }

    private static BigDecimal share(long count, long total) {
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
