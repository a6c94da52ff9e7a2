package org.kehu.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.identity.AuditAction;
import org.kehu.identity.AuditTrail;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree: create, rename, move under another parent, delete when empty. */
@Service
public class DepartmentAdmin {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DepartmentAdmin(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A department with its depth in the tree and how many users it has. */
    public record Node(long id, String code, String name, Long parentId, int sortOrder, long version, int depth,
            long userCount) {
    }

    /** The whole tree, depth first, siblings by their order: a few dozen rows at most. */
    public List<Node> tree() {
        List<Node> all = jdbc.sql("""
                select d.id, d.code, d.name, d.parent_id, d.sort_order, d.version, 0 as depth,
                       (select count(*) from app_user u where u.department_id = d.id) as user_count
                  from department d order by d.sort_order, d.name""").query(Node.class).list();
        List<Node> ordered = new ArrayList<>();
        addChildren(all, null, 0, ordered);
        return ordered;
    }

    private static void addChildren(List<Node> all, Long parent, int depth, List<Node> out) {
        for (Node n : all) {
            if (java.util.Objects.equals(n.parentId(), parent)) {
                out.add(new Node(n.id(), n.code(), n.name(), n.parentId(), n.sortOrder(), n.version(), depth, n.userCount()));
                addChildren(all, n.id(), depth + 1, out);
            }
        }
    }

    @Transactional
    public long create(String code, String name, Long parentId, int sortOrder) {
        check(null, code, name, parentId);
        long id = jdbc.sql("insert into department(code, name, parent_id, sort_order) values (:c, :n, :p, :o) returning id")
                .param("c", code.trim()).param("n", name.trim()).param("p", parentId).param("o", sortOrder)
                .query(Long.class).single();
        audit.recordChange(AuditAction.CREATE, "department", id, name, null, values(code, name, parentId, sortOrder));
        return id;
    }

    /** Renames or moves a department; refuses to move it under itself or one of its descendants. */
    @Transactional
    public void update(long id, String code, String name, Long parentId, int sortOrder, long version) {
        Node old = node(id);
        check(id, code, name, parentId);
        int changed = jdbc.sql("""
                update department set code = :c, name = :n, parent_id = :p, sort_order = :o, version = version + 1
                 where id = :id and version = :v""")
                .param("c", code.trim()).param("n", name.trim()).param("p", parentId).param("o", sortOrder)
                .param("id", id).param("v", version).update();
        if (changed == 0) {
            throw new ConcurrentEditException("Department", id);
        }
        audit.recordChange(AuditAction.UPDATE, "department", id, name,
                values(old.code(), old.name(), old.parentId(), old.sortOrder()), values(code, name, parentId, sortOrder));
    }

    @Transactional
    public void delete(long id) {
        Node old = node(id);
        if (old.userCount() > 0) {
            throw new RuleViolationException("identity.department.delete.has-users", "The department has users");
        }
        if (jdbc.sql("select exists (select 1 from department where parent_id = :id)").param("id", id).query(Boolean.class).single()) {
            throw new RuleViolationException("identity.department.delete.has-children", "The department has sub-departments");
        }
        jdbc.sql("delete from department where id = :id").param("id", id).update();
        audit.recordChange(AuditAction.DELETE, "department", id, old.name(),
                values(old.code(), old.name(), old.parentId(), old.sortOrder()), null);
    }

    /** A user who may head a department. */
    public record HeadCandidate(long id, String name) {
    }

    /** Enabled users, by name: who may be made a department's head. */
    public List<HeadCandidate> headCandidates() {
        return jdbc.sql("select id, name from app_user where enabled order by name").query(HeadCandidate.class).list();
    }

    /** The head of a department, or null. */
    public Long head(long id) {
        return jdbc.sql("select head_user_id from department where id = :id").param("id", id).query(Long.class)
                .optional().orElse(null);
    }

    /** Sets or clears the head, who records the leader instruction of what is routed to the department. */
    @Transactional
    public void setHead(long id, Long headUserId) {
        Node old = node(id);
        Long before = head(id);
        if (headUserId != null && !jdbc.sql("select exists (select 1 from app_user where id = :u and enabled)")
                .param("u", headUserId).query(Boolean.class).single()) {
            throw InvalidInputException.of("headUserId", "identity.department.head.unknown");
        }
        jdbc.sql("update department set head_user_id = :h, version = version + 1 where id = :id")
                .param("h", headUserId).param("id", id).update();
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("head", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("head", headUserId);
        audit.recordChange(AuditAction.UPDATE, "department", id, old.name(), was, now);
    }

    public Node node(long id) {
        return tree().stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Department", id));
    }

    private void check(Long id, String code, String name, Long parentId) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code == null || code.isBlank()) {
            problems.put("code", "identity.field.required");
        } else if (code.trim().length() > 32) {
            problems.put("code", "identity.field.too-long");
        } else if (jdbc.sql("select exists (select 1 from department where code = :c and id <> :id)")
                .param("c", code.trim()).param("id", id == null ? -1 : id).query(Boolean.class).single()) {
            problems.put("code", "identity.department.code.taken");
        }
        if (name == null || name.isBlank()) {
            problems.put("name", "identity.field.required");
        } else if (name.trim().length() > 100) {
            problems.put("name", "identity.field.too-long");
        }
        if (parentId != null) {
            if (!jdbc.sql("select exists (select 1 from department where id = :p)").param("p", parentId).query(Boolean.class).single()) {
                problems.put("parentId", "identity.department.parent.unknown");
            } else if (id != null && jdbc.sql("""
                    with recursive tree(id) as (select cast(:id as bigint) union all
                        select d.id from department d join tree t on d.parent_id = t.id)
                    select exists (select 1 from tree where id = :p)""").param("id", id).param("p", parentId)
                    .query(Boolean.class).single()) {
                problems.put("parentId", "identity.department.parent.cycle");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Map<String, Object> values(String code, String name, Long parentId, int sortOrder) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", code);
        v.put("name", name);
        v.put("parentId", parentId);
        v.put("sortOrder", sortOrder);
        return v;
    }
}
