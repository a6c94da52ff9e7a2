package org.kehu.marketing.reach;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.OwnerScope;
import org.kehu.identity.UserDirectory;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.kehu.shared.paging.Cursor;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.shared.paging.PageBounds;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the marketing gate decided for a source: the totals per outcome (for a campaign's report), the contacts
 * it held back with the reason (nothing is dropped silently), and the admitted contacts as a SQL set (what a
 * campaign actually reaches).
 */
@Service
@Transactional(readOnly = true)
public class MarketingTouches {

    private final NamedParameterJdbcTemplate jdbc;
    private final UserDirectory users;

    MarketingTouches(NamedParameterJdbcTemplate jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** The decisions recorded for the source, by outcome (every source, every reader: numbers only). */
    public GateOutcome totals(TouchSource source) {
        SetBasedMarketingGate.check(source, org.kehu.marketing.MarketingChannel.OTHER, TouchPurpose.MARKETING);
        Map<TouchDecision, Integer> counts = new EnumMap<>(TouchDecision.class);
        jdbc.query("""
                select outcome, count(*) as n from marketing_touch where source_kind = :kind and source_id = :id
                 group by outcome""", Map.of("kind", source.kind(), "id", source.id()), rs -> {
            counts.put(TouchDecision.valueOf(rs.getString("outcome")), rs.getInt("n"));
        });
        return new GateOutcome(counts.getOrDefault(TouchDecision.ADMITTED, 0), counts.getOrDefault(TouchDecision.NO_CONSENT, 0),
                counts.getOrDefault(TouchDecision.OPTED_OUT, 0), counts.getOrDefault(TouchDecision.CAP, 0),
                counts.getOrDefault(TouchDecision.NO_ADDRESS, 0));
    }

    /**
     * The contacts held back from the source with their reason, by contact id, within the reader's data scope
     * (contacts of customers the reader may not see are left out of the list, not of {@link #totals}).
     *
     * @param reason only this reason, or all when null
     * @param after  the {@code next} cursor of the previous page, or null
     */
    @PreAuthorize("hasAuthority('marketing.reach')")
    public KeysetPage<HeldBackContact> heldBack(TouchSource source, TouchDecision reason, String after, int size) {
        SetBasedMarketingGate.check(source, org.kehu.marketing.MarketingChannel.OTHER, TouchPurpose.MARKETING);
        int pageSize = PageBounds.size(size, 200);
        OwnerScope scope = users.ownerScope();
        Map<String, Object> params = new HashMap<>();
        params.put("kind", source.kind());
        params.put("id", source.id());
        params.put("reason", reason == null || reason == TouchDecision.ADMITTED ? null : reason.name());
        params.put("after", Cursor.given(after) ? Cursor.parseId(after, "after") : null);
        if (!scope.all()) {
            params.put("owners", scope.ownerIdArray());
        }
        params.put("limit", pageSize + 1);
        List<HeldBackContact> rows = jdbc.query("""
                select t.contact_id, ct.name as contact_name, t.customer_id, c.name as customer_name, t.outcome, t.decided_at
                  from marketing_touch t
                  join contact ct on ct.id = t.contact_id
                  join customer c on c.id = t.customer_id
                 where t.source_kind = :kind and t.source_id = :id and t.outcome <> 'ADMITTED'
                   and (cast(:reason as varchar) is null or t.outcome = :reason)
                   and (cast(:after as bigint) is null or t.contact_id > :after)
                   %s
                 order by t.contact_id limit :limit""".formatted(scope.all() ? "" : "and c.owner_id = any(:owners)"), params,
                (rs, n) -> new HeldBackContact(rs.getLong("contact_id"), rs.getString("contact_name"), rs.getLong("customer_id"),
                        rs.getString("customer_name"), TouchDecision.valueOf(rs.getString("outcome")),
                        rs.getTimestamp("decided_at").toInstant()));
        return KeysetPage.of(rows, pageSize, false, Cursor.given(after), true, h -> Cursor.of(h.contactId()));
    }

    /** The contacts the gate admitted for the source: a SELECT with one column {@code contact_id}. */
    public SqlSet admitted(TouchSource source) {
        return new SqlSet("""
                select contact_id from marketing_touch
                 where source_kind = :admitted_kind and source_id = :admitted_id and outcome = 'ADMITTED'""",
                Map.of("admitted_kind", source.kind(), "admitted_id", source.id()));
    }
}
