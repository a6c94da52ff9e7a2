package org.kehu.competitor;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.export.TableExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The win/loss report per competitor (竞争对手胜负分析), in one SQL over the opportunities that faced each competitor,
 * within the reader's data scope (an account manager counts their own opportunities, a director their
 * department's), optionally only the opportunities created in a period. Every competitor has a row, also one
 * that no opportunity in the scope faced.
 */
@Service
public class WinLossReport {

    private static final String SQL = """
            select c.id, c.code, c.name,
                   count(o.id) as faced,
                   count(o.id) filter (where o.status = 'WON') as won,
                   count(o.id) filter (where o.status = 'LOST' and co.lost_to) as lost_to,
                   count(o.id) filter (where o.status = 'LOST' and not co.lost_to) as lost_other,
                   count(o.id) filter (where o.status not in ('WON', 'LOST')) as open,
                   coalesce(sum(o.expected_amount) filter (where o.status = 'WON'), 0) as won_amount,
                   coalesce(sum(o.expected_amount) filter (where o.status = 'LOST' and co.lost_to), 0) as lost_amount,
                   coalesce(sum(o.expected_amount) filter (where o.status not in ('WON', 'LOST')), 0) as open_amount
              from competitor c
              left join (competitor_opportunity co
                         join opportunity o on o.id = co.opportunity_id %s)
                     on co.competitor_id = c.id
             group by c.id, c.code, c.name
             order by count(o.id) desc, c.name, c.id""";

    private final JdbcClient jdbc;
    private final UserDirectory users;

    WinLossReport(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Every competitor's row, the most faced first; {@code from}/{@code to} bound the opportunities' creation day. */
    @PreAuthorize("hasAuthority('competitor.view') and hasAuthority('opportunity.view')")
    @Transactional(readOnly = true)
    public List<WinLossRow> rows(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("to", "competitor.error.period");
        }
        StringBuilder on = new StringBuilder();
        OwnerScope scope = users.ownerScope();
        if (!scope.all()) {
            on.append(" and o.owner_id = any(:scope)");
        }
        if (from != null) {
            on.append(" and o.created_at >= :from");
        }
        if (to != null) {
            on.append(" and o.created_at < :to");
        }
        return jdbc.sql(SQL.formatted(on))
                .param("scope", scope.all() ? null : scope.ownerIdArray())
                .param("from", from == null ? null : Timestamp.from(from.atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param("to", to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .query((rs, n) -> new WinLossRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("faced"), rs.getLong("won"), rs.getLong("lost_to"), rs.getLong("lost_other"),
                        rs.getLong("open"), rs.getBigDecimal("won_amount"), rs.getBigDecimal("lost_amount"),
                        rs.getBigDecimal("open_amount")))
                .list();
    }

    /** The report as CSV or Excel, headed in the reader's language ({@code label} turns a column key into a label). */
    @PreAuthorize("hasAuthority('competitor.view') and hasAuthority('opportunity.view')")
    @Transactional(readOnly = true)
    public void export(LocalDate from, LocalDate to, TableExport.Format format, OutputStream out,
            Function<String, String> label) throws IOException {
        List<WinLossRow> rows = rows(from, to);
        List<String> header = List.of("code", "name", "faced", "won", "lost-to", "lost-other", "open", "won-amount",
                "lost-to-amount", "open-amount", "win-rate").stream().map(k -> label.apply("competitor.winloss." + k)).toList();
        TableExport.write(format, out, label.apply("competitor.winloss.title"), header, sink -> {
            for (WinLossRow r : rows) {
                sink.row(java.util.Arrays.asList(r.code(), r.name(), r.faced(), r.won(), r.lostTo(), r.lostOther(),
                        r.open(), r.wonAmount(), r.lostToAmount(), r.openAmount(), r.winRate()));
            }
        });
    }
}
