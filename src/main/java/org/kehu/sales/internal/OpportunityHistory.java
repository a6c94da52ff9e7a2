package org.kehu.sales.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of an opportunity: each change of state, stage or assignee with who, when, from and to.
 * Written in the changing transaction.
 */
@Component
public class OpportunityHistory {

    /** What happened; {@code from}/{@code to} hold statuses, stage codes or user ids accordingly. */
    public enum Action {
        CREATED, ASSIGNED, STATUS, STAGE, PLAN_STEP, RESULT, WON, LOST, EDITED
    }

    /** One line of the history as the page shows it. */
    public record Entry(Instant at, String actorName, Action action, String from, String to, String note) {
    }

    private final JdbcClient jdbc;

    OpportunityHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long opportunityId, long by, Instant at, Action action, String from, String to, String note) {
        jdbc.sql("""
                insert into opportunity_history(opportunity_id, changed_by, changed_at, action, from_value, to_value, note)
                values (:id, :by, :at, :action, :from, :to, :note)""")
                .param("id", opportunityId).param("by", by).param("at", Timestamp.from(at))
                .param("action", action.name()).param("from", from).param("to", to)
                .param("note", note == null ? null : note.length() > 500 ? note.substring(0, 500) : note).update();
    }

    /** Oldest first. */
    public List<Entry> of(long opportunityId) {
        return jdbc.sql("""
                select h.changed_at, u.name, h.action, h.from_value, h.to_value, h.note
                  from opportunity_history h join app_user u on u.id = h.changed_by
                 where h.opportunity_id = :id order by h.changed_at, h.id""")
                .param("id", opportunityId)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), Action.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
