package org.kehu.support.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.kehu.shared.BusinessTime;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketInput;
import org.kehu.support.sla.ServiceLevels;
import org.kehu.support.TicketPart;
import org.kehu.support.TicketStatus;
import org.kehu.support.TicketStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the ticket tables; the rules live in {@link org.kehu.support.ServiceTickets}. */
@Repository
public class TicketStore {

    static final String DETAILS = """
            select t.*, c.name as customer_name, ct.name as contact_name, p.name as product_name,
                   a.name as assignee_name, cb.name as created_by_name, d.name as department_name, l.name as leader_name
              from ticket t
              join customer c on c.id = t.customer_id
              left join contact ct on ct.id = t.contact_id
              left join product p on p.id = t.product_id
              left join app_user a on a.id = t.assignee_id
              left join app_user cb on cb.id = t.created_by
              left join department d on d.id = t.department_id
              left join app_user l on l.id = t.leader_id
            """;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TicketDetails> find(long id) {
        return jdbc.sql(DETAILS + " where t.id = :id").param("id", id).query(TicketStore::details).optional();
    }

    /** Locks the row for a change of state, so that two steps on one ticket happen one after the other. */
    public Optional<TicketDetails> lock(long id) {
        return jdbc.sql("select id from ticket where id = :id for update").param("id", id).query(Long.class).optional()
                .flatMap(this::find);
    }

    /** The next number of the day: FW + yyyyMMdd + 4 digits. */
    public String nextNumber(Instant at) {
        String prefix = "FW" + DAY.format(LocalDate.ofInstant(at, BusinessTime.ZONE));
        String last = jdbc.sql("select max(number) from ticket where number like :p").param("p", prefix + "%")
                .query(String.class).optional().orElse(null);
        int n = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        return prefix + String.format("%04d", n);
    }

    public List<TicketStep> steps(long ticketId) {
        return jdbc.sql("""
                select s.id, s.kind, s.from_status, s.to_status, s.actor_id, u.name as actor_name, s.at, s.note
                  from ticket_step s left join app_user u on u.id = s.actor_id
                 where s.ticket_id = :id order by s.at, s.id""").param("id", ticketId).query(TicketStep.class).list();
    }

    public List<TicketPart> parts(long ticketId) {
        return jdbc.sql("""
                select tp.id, tp.product_id, p.code as product_code, p.name as product_name, tp.warehouse_id,
                       w.name as warehouse_name, tp.quantity, tp.recorded_at
                  from ticket_part tp join product p on p.id = tp.product_id join warehouse w on w.id = tp.warehouse_id
                 where tp.ticket_id = :id order by tp.id""").param("id", ticketId).query(TicketPart.class).list();
    }

    public void step(long ticketId, String kind, TicketStatus from, TicketStatus to, Long actor, Instant at, String note) {
        jdbc.sql("""
                insert into ticket_step(ticket_id, kind, from_status, to_status, actor_id, at, note)
                values (:t, :k, :f, :to, :a, :at, :n)""")
                .param("t", ticketId).param("k", kind).param("f", from == null ? null : from.name())
                .param("to", to.name()).param("a", actor).param("at", Timestamp.from(at)).param("n", note).update();
    }

    public long jdbcInsert(String number, TicketInput in, boolean routed, Long createdBy, Instant now,
            ServiceLevels.Due due) {
        return jdbc.sql("""
                insert into ticket(number, customer_id, contact_id, type_code, priority_code, channel, subject, content,
                       product_id, order_number, status, created_by, created_at, updated_at, response_due, response_warn_at,
                       resolution_due, resolution_warn_at, requested_at, category_code, target_code, judgement,
                       department_id, handling_plan)
                values (:number, :customer, :contact, :type, :priority, :channel, :subject, :content, :product, :orderNumber,
                        :status, :by, :now, :now, :rd, :rw, :sd, :sw, :requested, :category, :target, :judgement,
                        :department, :plan)
                returning id""")
                .param("number", number).param("status", TicketStatus.CREATED.name())
                .param("customer", in.customerId()).param("contact", in.contactId())
                .param("type", in.typeCode()).param("priority", in.priorityCode()).param("channel", in.channel())
                .param("subject", in.subject().strip()).param("content", trim(in.content()))
                .param("product", in.productId()).param("orderNumber", trim(in.orderNumber()))
                .param("by", createdBy).param("now", Timestamp.from(now))
                .param("rd", Timestamp.from(due.responseDue())).param("rw", Timestamp.from(due.responseWarnAt()))
                .param("sd", Timestamp.from(due.resolutionDue())).param("sw", Timestamp.from(due.resolutionWarnAt()))
                .param("requested", TicketDetails.AFTER_SALES.contains(in.typeCode()) && in.requestedAt() != null
                        ? Timestamp.from(in.requestedAt()) : null)
                .param("category", routed ? in.categoryCode() : null)
                .param("target", "COMPLAINT".equals(in.typeCode()) ? in.targetCode() : null)
                .param("judgement", "COMPLAINT".equals(in.typeCode()) ? trim(in.judgement()) : null)
                .param("department", routed ? in.departmentId() : null)
                .param("plan", routed ? trim(in.handlingPlan()) : null)
                .query(Long.class).single();
    }

    public void jdbcUpdate(long id, TicketInput in, boolean routed, Instant now) {
        jdbc.sql("""
                update ticket set customer_id = :customer, contact_id = :contact, priority_code = :priority,
                       channel = :channel, subject = :subject, content = :content, product_id = :product,
                       order_number = :orderNumber, requested_at = :requested, category_code = :category,
                       target_code = :target, judgement = :judgement, department_id = :department,
                       handling_plan = :plan, updated_at = :now, version = version + 1
                 where id = :id""")
                .param("customer", in.customerId()).param("contact", in.contactId())
                .param("priority", in.priorityCode()).param("channel", in.channel())
                .param("subject", in.subject().strip()).param("content", trim(in.content()))
                .param("product", in.productId()).param("orderNumber", trim(in.orderNumber()))
                .param("requested", TicketDetails.AFTER_SALES.contains(in.typeCode()) && in.requestedAt() != null
                        ? Timestamp.from(in.requestedAt()) : null)
                .param("category", routed ? in.categoryCode() : null)
                .param("target", "COMPLAINT".equals(in.typeCode()) ? in.targetCode() : null)
                .param("judgement", "COMPLAINT".equals(in.typeCode()) ? trim(in.judgement()) : null)
                .param("department", routed ? in.departmentId() : null)
                .param("plan", routed ? trim(in.handlingPlan()) : null)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The first answer to the customer: the response clock stops, late or not. */
    public void markResponded(long id, Instant now) {
        jdbc.sql("""
                update ticket set responded_at = :now, response_breached = response_breached or response_due < :now
                 where id = :id and responded_at is null""").param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void assign(long id, long assigneeId, Instant now) {
        jdbc.sql("""
                update ticket set status = :status, assignee_id = :a, updated_at = :now, version = version + 1
                 where id = :id""")
                .param("status", TicketStatus.ASSIGNED.name()).param("a", assigneeId).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    /** The after-sales service given: how, when, by whom, what was done, the charges and what the customer said. */
    public void recordService(long id, String serviceType, Instant serviceTime, String servicePerson, String content,
            java.math.BigDecimal charges, String customerFeedback) {
        jdbc.sql("""
                update ticket set service_type = :st, service_time = :time, service_person = :person,
                       service_content = :content, charges = :charges, customer_feedback = :fb where id = :id""")
                .param("st", trim(serviceType)).param("time", Timestamp.from(serviceTime)).param("person", servicePerson)
                .param("content", trim(content)).param("charges", charges).param("fb", trim(customerFeedback))
                .param("id", id).update();
    }

    public void addPart(long id, long productId, long warehouseId, java.math.BigDecimal quantity, long recordedBy,
            Instant at) {
        jdbc.sql("""
                insert into ticket_part(ticket_id, product_id, warehouse_id, quantity, recorded_by, recorded_at)
                values (:t, :p, :w, :q, :by, :at)""").param("t", id).param("p", productId).param("w", warehouseId)
                .param("q", quantity).param("by", recordedBy).param("at", Timestamp.from(at)).update();
    }

    /** Handled: the resolution clock stops, late or not. */
    public void markHandled(long id, Instant now) {
        jdbc.sql("""
                update ticket set status = :status, resolved_at = coalesce(resolved_at, :now),
                       resolution_breached = resolution_breached or resolution_due < :now,
                       updated_at = :now, version = version + 1 where id = :id""")
                .param("status", TicketStatus.HANDLED.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The customer's satisfaction; a new feedback needs a new review. */
    public void recordFeedback(long id, int satisfaction, String comment, Instant now) {
        jdbc.sql("""
                update ticket set status = :status, satisfaction = :s, feedback_comment = :c, reviewed = false,
                       updated_at = :now, version = version + 1 where id = :id""")
                .param("status", TicketStatus.FEEDBACK.name()).param("s", satisfaction).param("c", trim(comment))
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void markReviewed(long id, Instant now) {
        jdbc.sql("update ticket set reviewed = true, updated_at = :now, version = version + 1 where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void archive(long id, Instant now) {
        jdbc.sql("""
                update ticket set status = :status, archived_at = :now, updated_at = :now, version = version + 1
                 where id = :id""")
                .param("status", TicketStatus.ARCHIVED.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Opened again: the earlier feedback and review no longer hold. */
    public void reopen(long id, Instant now) {
        jdbc.sql("""
                update ticket set status = :status, archived_at = null, satisfaction = null, feedback_comment = null,
                       reviewed = false, updated_at = :now, version = version + 1 where id = :id""")
                .param("status", TicketStatus.REOPENED.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void recordInstruction(long id, String text, long leaderId, Instant now) {
        jdbc.sql("""
                update ticket set leader_instruction = :text, leader_id = :me, leader_at = :now, updated_at = :now,
                       version = version + 1 where id = :id""")
                .param("text", text).param("me", leaderId).param("now", Timestamp.from(now)).param("id", id).update();
    }

    static TicketDetails details(ResultSet rs, int row) throws SQLException {
        return new TicketDetails(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
                rs.getString("customer_name"), longOrNull(rs, "contact_id"), rs.getString("contact_name"),
                rs.getString("type_code"), rs.getString("priority_code"), rs.getString("channel"),
                rs.getString("subject"), rs.getString("content"), longOrNull(rs, "product_id"),
                rs.getString("product_name"), rs.getString("order_number"), TicketStatus.valueOf(rs.getString("status")),
                longOrNull(rs, "assignee_id"), rs.getString("assignee_name"), longOrNull(rs, "created_by"),
                rs.getString("created_by_name"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "response_due"), instant(rs, "resolution_due"), instant(rs, "responded_at"),
                instant(rs, "resolved_at"), rs.getBoolean("response_breached"), rs.getBoolean("resolution_breached"),
                (Integer) rs.getObject("satisfaction", Integer.class), rs.getString("feedback_comment"),
                rs.getBoolean("reviewed"), instant(rs, "archived_at"), instant(rs, "requested_at"),
                rs.getString("service_type"), instant(rs, "service_time"), rs.getString("service_person"),
                rs.getString("service_content"), rs.getBigDecimal("charges"), rs.getString("customer_feedback"),
                rs.getString("category_code"), rs.getString("target_code"), rs.getString("judgement"),
                longOrNull(rs, "department_id"), rs.getString("department_name"), rs.getString("handling_plan"),
                rs.getString("leader_instruction"), longOrNull(rs, "leader_id"), rs.getString("leader_name"),
                instant(rs, "leader_at"), rs.getLong("version"));
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
