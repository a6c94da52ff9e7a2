package org.kehu.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log: filtered, newest first, a page at a time by keyset, or streamed whole for export. */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    static final ZoneId ZONE = org.kehu.shared.BusinessTime.ZONE;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // PostgreSQL streams rows with a cursor only when a fetch size is set inside a transaction.
        template.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    /** Filters of the log; nulls mean "any"; {@code before} is the id of the last entry of the previous page. */
    public record Filter(LocalDate from, LocalDate to, String actor, String action, String entityType, Long entityId,
            Long before) {
    }

    /** One changed field: its old and new value. */
    public record Change(String field, Object oldValue, Object newValue) {
    }

    /** An entry with its changes computed from the old and new values. */
    public record Entry(long id, Instant at, String actorName, String action, String entityType, Long entityId,
            String summary, String address, List<Change> changes) {

        public java.time.LocalDateTime atLocal() {
            return local(at);
        }
    }

    /** Role codes and their names in the reader's language, to show role changes in words. */
    @Transactional(readOnly = true)
    public Map<String, String> roleNames(java.util.Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        boolean zh = "zh".equals(locale.getLanguage());
        jdbc.sql("select code, name_zh, name_en from role").query((rs, n) -> names.put(rs.getString("code"),
                rs.getString(zh ? "name_zh" : "name_en"))).list();
        return names;
    }

    /** Everyone who appears in the log, for an export of the whole log. */
    @Transactional(readOnly = true)
    public List<String> actorNames() {
        return jdbc.sql("select distinct actor_name from audit_log where actor_name is not null").query(String.class).list();
    }

    /** The names of the people behind these usernames (the log keeps the username of the time). */
    @Transactional(readOnly = true)
    public Map<String, String> userNames(java.util.Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, name from app_user where username = any(:u)")
                    .param("u", usernames.toArray(String[]::new))
                    .query((rs, n) -> names.put(rs.getString("username"), rs.getString("name"))).list();
        }
        return names;
    }

    @Transactional(readOnly = true)
    public List<Entry> page(Filter filter) {
        Query q = query(filter);
        q.params.put("limit", PAGE_SIZE + 1);
        List<Entry> rows = new ArrayList<>();
        streaming.query(q.sql + " limit :limit", q.params, rs -> {
            rows.add(entry(rs));
        });
        return rows;
    }

    /** Streams every entry the filter selects, newest first, without holding them in memory. */
    @Transactional(readOnly = true)
    public void each(Filter filter, Consumer<Entry> consumer) {
        Query q = query(new Filter(filter.from(), filter.to(), filter.actor(), filter.action(), filter.entityType(),
                filter.entityId(), null));
        streaming.query(q.sql, q.params, rs -> {
            consumer.accept(entry(rs));
        });
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_log order by entity_type").query(String.class).list();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private static Query query(Filter f) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.from() != null) {
            where.append(" and at >= :from");
            params.put("from", java.sql.Timestamp.from(f.from().atStartOfDay(ZONE).toInstant()));
        }
        if (f.to() != null) {
            where.append(" and at < :to");
            params.put("to", java.sql.Timestamp.from(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            where.append(" and actor_name = :actor");
            params.put("actor", f.actor().trim());
        }
        if (f.action() != null && !f.action().isBlank()) {
            where.append(" and action = :action");
            params.put("action", f.action());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            where.append(" and entity_type = :type");
            params.put("type", f.entityType());
        }
        if (f.entityId() != null) {
            where.append(" and entity_id = :entityId");
            params.put("entityId", f.entityId());
        }
        if (f.before() != null) {
            // Keyset: the rows after the last one shown, in the order of the (at desc, id desc) index.
            where.append(" and (at, id) < (select b.at, b.id from audit_log b where b.id = :before)");
            params.put("before", f.before());
        }
        return new Query("""
                select id, at, actor_name, action, entity_type, entity_id, summary, address,
                       old_value::text as old_value, new_value::text as new_value
                  from audit_log""" + where + " order by at desc, id desc", params);
    }

    private Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> oldValue = map(rs.getString("old_value"));
        Map<String, Object> newValue = map(rs.getString("new_value"));
        Set<String> fields = new LinkedHashSet<>(oldValue.keySet());
        fields.addAll(newValue.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            Object o = oldValue.get(field);
            Object n = newValue.get(field);
            if (!Objects.equals(o, n)) {
                changes.add(new Change(field, o, n));
            }
        }
        return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                rs.getString("action"), rs.getString("entity_type"), rs.getObject("entity_id", Long.class),
                rs.getString("summary"), rs.getString("address"), changes);
    }

    static java.time.LocalDateTime local(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, ZONE);
    }

    private Map<String, Object> map(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (RuntimeException e) {
            return Map.of("value", text);
        }
    }
}
