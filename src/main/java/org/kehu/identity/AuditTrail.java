package org.kehu.identity;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: who changed what, when, from which address, with the old and the new values. Records
 * are written in the caller's transaction, so a change and its audit entry commit or roll back together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Records a change made by the signed-in user; {@code oldValue} or {@code newValue} may be null. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditAction action, String entityType, Long entityId, String summary,
            Map<String, ?> oldValue, Map<String, ?> newValue) {
        CurrentUser actor = users.currentUser().orElse(null);
        insert(actor == null ? null : actor.id(), actor == null ? "system" : actor.username(), action, entityType,
                entityId, summary, oldValue, newValue);
    }

    /**
     * Records one change made by the signed-in user for each row of {@code changesQuery}, a query of the
     * caller's own tables answering {@code entity_id}, {@code summary} and {@code new_value} (jsonb), in
     * one statement in the caller's transaction: for bulk work such as an import of 500,000 customers,
     * which one statement per record would slow to a crawl. Answers the number of entries written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordChanges(AuditAction action, String entityType, String changesQuery, Map<String, ?> params) {
        CurrentUser actor = users.currentUser().orElse(null);
        return jdbc.sql("""
                insert into audit_log(actor_id, actor_name, action, entity_type, entity_id, summary, old_value, new_value, address)
                select :auditActorId, :auditActorName, :auditAction, :auditEntityType, c.entity_id, left(c.summary, 300), null,
                       c.new_value, :auditAddress
                  from (%s) c""".formatted(changesQuery))
                .params(params)
                .param("auditActorId", actor == null ? null : actor.id())
                .param("auditActorName", actor == null ? "system" : actor.username())
                .param("auditAction", action.name()).param("auditEntityType", entityType)
                .param("auditAddress", clientAddress()).update();
    }

    /** The audit entries of one record, newest first (at most 500), for its change history. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> history(String entityType, long entityId) {
        return jdbc.sql("""
                select id, at, actor_id, actor_name, action, summary, old_value::text as old_value, new_value::text as new_value
                  from audit_log where entity_type = :type and entity_id = :id order by at desc, id desc limit 500""")
                .param("type", entityType).param("id", entityId)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getObject("actor_id", Long.class), rs.getString("actor_name"), AuditAction.valueOf(rs.getString("action")), rs.getString("summary"),
                        toMap(rs.getString("old_value")), toMap(rs.getString("new_value"))))
                .list();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(String jsonText) {
        return jsonText == null ? null : json.readValue(jsonText, Map.class);
    }

    /** Records a login attempt, which has no transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordLogin(Long userId, String username, boolean success, String address) {
        insertWithAddress(userId, username, success ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED, "user", userId,
                username, null, null, address);
    }

    private void insert(Long actorId, String actorName, AuditAction action, String entityType, Long entityId,
            String summary, Map<String, ?> oldValue, Map<String, ?> newValue) {
        insertWithAddress(actorId, actorName, action, entityType, entityId, summary, oldValue, newValue, clientAddress());
    }

    private void insertWithAddress(Long actorId, String actorName, AuditAction action, String entityType,
            Long entityId, String summary, Map<String, ?> oldValue, Map<String, ?> newValue, String address) {
        jdbc.sql("""
                insert into audit_log(actor_id, actor_name, action, entity_type, entity_id, summary, old_value, new_value, address)
                values (:actorId, :actorName, :action, :entityType, :entityId, :summary, cast(:old as jsonb), cast(:new as jsonb), :address)
                """)
                .param("actorId", actorId).param("actorName", actorName).param("action", action.name())
                .param("entityType", entityType).param("entityId", entityId)
                .param("summary", summary == null ? null : summary.length() > 300 ? summary.substring(0, 300) : summary)
                .param("old", oldValue == null ? null : json.writeValueAsString(oldValue))
                .param("new", newValue == null ? null : json.writeValueAsString(newValue))
                .param("address", address).update();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return null;
    }
}
