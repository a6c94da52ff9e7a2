package org.kehu.marketing.reach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.InvalidInputException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketing gate in SQL sets: one {@code INSERT … SELECT} decides for every candidate and records each
 * decision, whatever the number of candidates. The rules, in the order a reason is given:
 * <ol>
 * <li>an opted-out contact is held back ({@link TouchDecision#OPTED_OUT}), for marketing and care alike;</li>
 * <li>marketing needs consent ({@link TouchDecision#NO_CONSENT}); care does not;</li>
 * <li>e-mail needs a valid address, a phone call a number ({@link TouchDecision#NO_ADDRESS});</li>
 * <li>marketing stops at the monthly cap: a contact with {@code cap} admitted marketing touches in the current
 * calendar month (Asia/Shanghai) is held back ({@link TouchDecision#CAP}); care touches neither count nor stop.</li>
 * </ol>
 * A contact already decided for the same source keeps its first decision (a send that is retried touches no one
 * twice). Gate calls run one at a time across all nodes (a transaction-scoped advisory lock), so that two
 * campaigns sent at once cannot both take a contact's last touch of the month.
 */
@Service
@Transactional
class SetBasedMarketingGate implements MarketingGate {

    /** The rule of {@code shared.EmailAddress}, as a PostgreSQL regular expression. */
    static final String EMAIL_PATTERN = "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([[:alnum:]]([[:alnum:]-]{0,61}[[:alnum:]])?\\.)+[[:alpha:]]{2,63}$";

    private static final long LOCK_KEY = 0x4b6568754761L; // "KehuGa": the gate's advisory lock

    private final NamedParameterJdbcTemplate jdbc;
    private final ReachSettings settings;
    private final Clock clock;

    SetBasedMarketingGate(NamedParameterJdbcTemplate jdbc, ReachSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public GateOutcome admit(TouchSource source, MarketingChannel channel, TouchPurpose purpose, SqlSet candidates) {
        check(source, channel, purpose);
        if (candidates == null) {
            throw InvalidInputException.of("candidates", "reach.error.required");
        }
        jdbc.getJdbcTemplate().queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK_KEY);
        Instant now = clock.instant();
        ZonedDateTime monthStart = now.atZone(BusinessTime.ZONE).withDayOfMonth(1).toLocalDate().atStartOfDay(BusinessTime.ZONE);
        Map<String, Object> params = new HashMap<>(candidates.params());
        params.put("gate_kind", source.kind());
        params.put("gate_source", source.id());
        params.put("gate_channel", channel.name());
        params.put("gate_purpose", purpose.name());
        params.put("gate_marketing", purpose == TouchPurpose.MARKETING);
        params.put("gate_email", channel == MarketingChannel.EMAIL);
        params.put("gate_phone", channel == MarketingChannel.PHONE);
        params.put("gate_email_re", EMAIL_PATTERN);
        params.put("gate_cap", settings.monthlyCap());
        params.put("gate_now", Timestamp.from(now));
        params.put("gate_month_start", Timestamp.from(monthStart.toInstant()));
        params.put("gate_month_end", Timestamp.from(monthStart.plusMonths(1).toInstant()));
        String sql = """
                with cand as (
                    select distinct x.contact_id from (%s) x where x.contact_id is not null
                ), touched as (
                    select t.contact_id, count(*) as n from marketing_touch t join cand on cand.contact_id = t.contact_id
                     where t.outcome = 'ADMITTED' and t.purpose = 'MARKETING'
                       and t.decided_at >= :gate_month_start and t.decided_at < :gate_month_end
                     group by t.contact_id
                ), decided as (
                    select c.id as contact_id, c.customer_id,
                           case when c.opted_out_at is not null then 'OPTED_OUT'
                                when :gate_marketing and not c.marketing_consent then 'NO_CONSENT'
                                when :gate_email and (c.email is null or length(c.email) > 200
                                     or length(split_part(c.email, '@', 1)) > 64 or c.email !~ :gate_email_re) then 'NO_ADDRESS'
                                when :gate_phone and coalesce(c.mobile, c.office_phone, c.home_phone) is null then 'NO_ADDRESS'
                                when :gate_marketing and coalesce(touched.n, 0) >= :gate_cap then 'CAP'
                                else 'ADMITTED' end as outcome
                      from cand join contact c on c.id = cand.contact_id
                      left join touched on touched.contact_id = c.id
                ), ins as (
                    insert into marketing_touch(source_kind, source_id, contact_id, customer_id, channel, purpose, outcome, decided_at)
                    select :gate_kind, :gate_source, contact_id, customer_id, :gate_channel, :gate_purpose, outcome, :gate_now
                      from decided
                    on conflict (source_kind, source_id, contact_id) do nothing
                    returning outcome
                )
                select outcome, count(*) as n from ins group by outcome""".formatted(candidates.sql());
        Map<TouchDecision, Integer> counts = new EnumMap<>(TouchDecision.class);
        jdbc.query(sql, params, rs -> {
            counts.put(TouchDecision.valueOf(rs.getString("outcome")), rs.getInt("n"));
        });
        return new GateOutcome(counts.getOrDefault(TouchDecision.ADMITTED, 0), counts.getOrDefault(TouchDecision.NO_CONSENT, 0),
                counts.getOrDefault(TouchDecision.OPTED_OUT, 0), counts.getOrDefault(TouchDecision.CAP, 0),
                counts.getOrDefault(TouchDecision.NO_ADDRESS, 0));
    }

    /**
     * {@inheritDoc} A contact already decided for this source answers its first decision; an unknown contact is
     * not admitted.
     */
    @Override
    public boolean admitOne(TouchSource source, MarketingChannel channel, TouchPurpose purpose, long contactId) {
        GateOutcome outcome = admit(source, channel, purpose,
                new SqlSet("select cast(:gate_one as bigint) as contact_id", Map.of("gate_one", contactId)));
        if (outcome.admitted() > 0) {
            return true;
        }
        if (outcome.heldBack() > 0) {
            return false;
        }
        return jdbc.queryForList("""
                select outcome from marketing_touch where source_kind = :kind and source_id = :id and contact_id = :contact""",
                Map.of("kind", source.kind(), "id", source.id(), "contact", contactId), String.class)
                .stream().anyMatch(TouchDecision.ADMITTED.name()::equals);
    }

    static void check(TouchSource source, MarketingChannel channel, TouchPurpose purpose) {
        if (source == null || source.kind() == null || !source.kind().matches("[A-Z][A-Z_]{0,29}")) {
            throw InvalidInputException.of("source", "reach.error.source");
        }
        if (channel == null) {
            throw InvalidInputException.of("channel", "reach.error.required");
        }
        if (purpose == null) {
            throw InvalidInputException.of("purpose", "reach.error.required");
        }
    }
}
