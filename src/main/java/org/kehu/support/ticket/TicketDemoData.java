package org.kehu.support.ticket;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kehu.identity.DepartmentSummary;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketDueCalculator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 1,300 service tickets over two years: every type and state, satisfaction scores, some breaches, complaints
 * and suggestions routed to departments with their heads' instructions. Heads are set for the service, sales
 * and headquarters departments (identity's demo data names them). Rows go in with JDBC batches; the steps
 * follow each ticket's state.
 */
@Component
class TicketDemoData implements DemoData {

    static final int TICKETS = 1_300;

    private static final String[] TYPES = {"CONSULTATION", "WARRANTY", "REPAIR", "INSTALLATION", "COMPLAINT", "SUGGESTION"};
    private static final int[] TYPE_WEIGHTS = {25, 15, 25, 10, 15, 10};
    private static final String[] PRIORITIES = {"URGENT", "HIGH", "NORMAL", "LOW"};
    private static final String[] CHANNELS = {"PHONE", "PHONE", "EMAIL", "WEB", "WECHAT", "VISIT"};
    private static final Map<String, String[]> SUBJECTS = Map.of(
            "CONSULTATION", new String[] {"询问设备保养周期", "咨询备件价格", "询问操作手册", "咨询软件升级"},
            "WARRANTY", new String[] {"主轴异响，保修期内", "控制面板失灵", "液压系统漏油"},
            "REPAIR", new String[] {"数控系统报警 E-201", "伺服电机过热", "刀库换刀卡滞", "冷却泵不出水"},
            "INSTALLATION", new String[] {"新设备安装调试", "生产线搬迁重新安装", "加装自动送料装置"},
            "COMPLAINT", new String[] {"交货延误两周", "售后响应太慢", "产品表面划伤", "服务人员态度差"},
            "SUGGESTION", new String[] {"建议增加远程诊断功能", "建议提供中文操作视频", "建议缩短备件交期"});
    private static final String[] COMPLAINT_CATEGORIES = {"QUALITY", "ATTITUDE", "DELAY", "PRICE", "OTHER"};
    private static final String[] COMPLAINT_TARGETS = {"PRODUCT", "SERVICE", "STAFF", "DELIVERY"};
    private static final String[] SUGGESTION_CATEGORIES = {"PRODUCT", "SERVICE", "NEW_PRODUCT", "OTHER"};
    private static final String[] ROUTED_TO = {"SERVICE", "SALES", "HQ"};

    private final JdbcTemplate jdbc;
    private final ServiceTickets tickets;
    private final Clock clock;
    private final UserDirectory users;

    TicketDemoData(JdbcTemplate jdbc, ServiceTickets tickets, Clock clock, UserDirectory users) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.clock = clock;
        this.users = users;
    }

    @Override
    public Step step() {
        return Step.TICKETS;
    }

    private record Customer(long id, Instant createdAt, Long contactId) {
    }

    @Override
    public void load() {
        List<Customer> customers = jdbc.query("""
                select c.id, c.created_at, (select min(ct.id) from contact ct where ct.customer_id = c.id) as contact_id
                  from customer c order by c.id""",
                (rs, n) -> new Customer(rs.getLong(1), rs.getTimestamp(2).toInstant(), (Long) rs.getObject(3, Long.class)));
        if (customers.isEmpty()) {
            return;
        }
        Long staff = userId("service");
        Long manager = userId("servicelead");
        if (staff == null || manager == null) {
            return;
        }
        Map<String, Long> departments = new HashMap<>();
        Map<String, Long> heads = new HashMap<>();
        for (DepartmentSummary d : users.departments()) {
            departments.put(d.code(), d.id());
            users.departmentHead(d.id()).ifPresent(head -> heads.put(d.code(), head));
        }

        TicketDueCalculator calculator = tickets.dueCalculator();
        Random random = new Random(60);
        Instant now = clock.instant();
        Instant start = now.minus(Duration.ofDays(730));
        Map<LocalDate, Integer> perDay = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        List<List<Object[]>> stepsPerTicket = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            Customer c = customers.get(random.nextInt(customers.size()));
            Instant from = c.createdAt().isAfter(start) ? c.createdAt() : start;
            if (!from.isBefore(now.minus(Duration.ofHours(2)))) {
                from = now.minus(Duration.ofDays(3));
            }
            // The last tickets are recent so that the lists have open, about-to-breach and breached work.
            Instant created = i >= TICKETS - 80 ? now.minus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 5)))
                    : workingHour(from.plusSeconds((long) (random.nextDouble() * Duration.between(from, now).toSeconds())), random);
            if (created.isAfter(now)) {
                created = now.minus(Duration.ofMinutes(30));
            }
            String type = pick(random);
            String priority = PRIORITIES[random.nextInt(10) < 1 ? 0 : random.nextInt(10) < 3 ? 1 : random.nextInt(10) < 8 ? 2 : 3];
            TicketDueCalculator.DueTimes due = calculator.due(type, priority, created);
            String[] subjects = SUBJECTS.get(type);
            String subject = subjects[random.nextInt(subjects.length)];
            boolean routed = type.equals("COMPLAINT") || type.equals("SUGGESTION");
            boolean afterSales = type.equals("WARRANTY") || type.equals("REPAIR") || type.equals("INSTALLATION");
            long ageDays = Duration.between(created, now).toDays();
            String status = status(ageDays, random);
            boolean late = random.nextInt(100) < 12;
            Instant assignedAt = status.equals("CREATED") ? null
                    : late ? due.responseDue().plus(Duration.ofMinutes(10 + random.nextInt(120)))
                    : created.plus(Duration.ofMinutes(5 + random.nextInt(25)));
            boolean handled = !status.equals("CREATED") && !status.equals("ASSIGNED");
            Instant handledAt = !handled ? null
                    : late ? due.resolutionDue().plus(Duration.ofMinutes(30 + random.nextInt(600)))
                    : assignedAt.plus(Duration.ofMinutes(30 + random.nextInt(300)));
            if (assignedAt != null && assignedAt.isAfter(now)) {
                assignedAt = now.minus(Duration.ofMinutes(1));
            }
            if (handledAt != null && handledAt.isAfter(now)) {
                handledAt = now;
            }
            boolean hasFeedback = status.equals("FEEDBACK") || status.equals("ARCHIVED") || status.equals("REOPENED");
            Integer satisfaction = hasFeedback ? satisfaction(random, late) : null;
            boolean reviewed = satisfaction != null && satisfaction < 3 && (status.equals("ARCHIVED") || random.nextBoolean());
            Instant feedbackAt = hasFeedback ? handledAt.plus(Duration.ofHours(2 + random.nextInt(48))) : null;
            if (feedbackAt != null && feedbackAt.isAfter(now)) {
                feedbackAt = now.minus(Duration.ofMinutes(5));
            }
            Instant archivedAt = status.equals("ARCHIVED") || status.equals("REOPENED") ? feedbackAt.plus(Duration.ofHours(1 + random.nextInt(24))) : null;
            if (archivedAt != null && archivedAt.isAfter(now)) {
                archivedAt = now;
                feedbackAt = now.minus(Duration.ofMinutes(5));
            }
            Instant updated = archivedAt != null ? archivedAt : feedbackAt != null ? feedbackAt : handledAt != null ? handledAt
                    : assignedAt != null ? assignedAt : created;
            boolean responseBreached = (assignedAt == null ? now : assignedAt).isAfter(due.responseDue());
            boolean resolutionBreached = (handledAt == null ? now : handledAt).isAfter(due.resolutionDue());
            String department = routed ? ROUTED_TO[random.nextInt(ROUTED_TO.length)] : null;
            boolean instructed = routed && (handled || random.nextBoolean());
            Instant instructedAt = instructed ? created.plus(Duration.ofHours(3)) : null;
            if (instructedAt != null && instructedAt.isAfter(now)) {
                instructedAt = now.minus(Duration.ofMinutes(2));
            }
            LocalDate day = LocalDate.ofInstant(created, BusinessTime.ZONE);
            int seq = perDay.merge(day, 1, Integer::sum);
            String number = "FW" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + String.format("%04d", seq);
            String content = routed ? "客户反映：" + subject + "。请责任部门核实并给出处理方案。" : "客户来电：" + subject + "。";
            rows.add(new Object[] {number, c.id(), c.contactId(), type, priority, CHANNELS[random.nextInt(CHANNELS.length)],
                    subject, content, status.equals("CREATED") || status.equals("REOPENED") && random.nextBoolean() ? null : staff,
                    staff, ts(created), ts(updated), ts(due.responseDue()), ts(due.responseWarnAt()),
                    ts(due.resolutionDue()), ts(due.resolutionWarnAt()), ts(assignedAt), ts(handledAt),
                    responseBreached, resolutionBreached, status.equals("REOPENED") ? null : satisfaction,
                    status.equals("REOPENED") || satisfaction == null ? null : comment(satisfaction),
                    reviewed && !status.equals("REOPENED"), status.equals("ARCHIVED") ? ts(archivedAt) : null,
                    afterSales ? ts(created.minus(Duration.ofMinutes(20))) : null,
                    afterSales && handled ? "ON_SITE" : null, afterSales && handled ? ts(handledAt) : null,
                    afterSales && handled ? "赵丽" : null, afterSales && handled ? "现场检修，更换易损件并试机。" : null,
                    afterSales && handled ? BigDecimal.valueOf(random.nextInt(20) * 50L) : null,
                    afterSales && handled ? "设备恢复正常" : null,
                    type.equals("COMPLAINT") ? COMPLAINT_CATEGORIES[random.nextInt(COMPLAINT_CATEGORIES.length)]
                            : type.equals("SUGGESTION") ? SUGGESTION_CATEGORIES[random.nextInt(SUGGESTION_CATEGORIES.length)] : null,
                    type.equals("COMPLAINT") ? COMPLAINT_TARGETS[random.nextInt(COMPLAINT_TARGETS.length)] : null,
                    type.equals("COMPLAINT") ? "经核实，客户反映情况属实。" : null,
                    department == null ? null : departments.get(department),
                    routed ? "由责任部门三日内联系客户并落实整改。" : null,
                    instructed ? (type.equals("COMPLAINT") ? "高度重视，限期整改并回访客户。" : "建议可行，纳入下季度改进计划。") : null,
                    instructed ? heads.get(department) : null, ts(instructedAt)});
            List<Object[]> steps = new ArrayList<>();
            steps.add(step("CREATE", null, "CREATED", staff, created, content));
            if (instructed) {
                steps.add(step("INSTRUCTION", "CREATED", "CREATED", heads.get(department), instructedAt, "请尽快处理。"));
            }
            if (assignedAt != null) {
                steps.add(step("ASSIGN", "CREATED", "ASSIGNED", manager, assignedAt, null));
            }
            if (handledAt != null) {
                steps.add(step("HANDLE", "ASSIGNED", "HANDLED", staff, handledAt, "已处理完毕。"));
            }
            if (feedbackAt != null) {
                steps.add(step("FEEDBACK", "HANDLED", "FEEDBACK", staff, feedbackAt, satisfaction + "/5"));
                if (reviewed) {
                    steps.add(step("REVIEW", "FEEDBACK", "FEEDBACK", manager, feedbackAt.plusSeconds(600), "已与客户沟通，安排回访。"));
                }
            }
            if (archivedAt != null) {
                steps.add(step("ARCHIVE", "FEEDBACK", "ARCHIVED", staff, archivedAt, null));
            }
            if (status.equals("REOPENED")) {
                steps.add(step("REOPEN", "ARCHIVED", "REOPENED", staff, archivedAt.plusSeconds(60), "客户反映问题再次出现。"));
            }
            stepsPerTicket.add(steps);
        }
        jdbc.batchUpdate("""
                insert into ticket(number, customer_id, contact_id, type_code, priority_code, channel, subject, content,
                       assignee_id, created_by, created_at, updated_at, response_due, response_warn_at, resolution_due,
                       resolution_warn_at, responded_at, resolved_at, response_breached, resolution_breached, satisfaction,
                       feedback_comment, reviewed, archived_at, requested_at, service_type, service_time, service_person,
                       service_content, charges, customer_feedback, category_code, target_code, judgement, department_id,
                       handling_plan, leader_instruction, leader_id, leader_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?)""", withStatus(rows, stepsPerTicket));
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select number, id from ticket", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        List<Object[]> stepRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long id = ids.get((String) rows.get(i)[0]);
            for (Object[] s : stepsPerTicket.get(i)) {
                stepRows.add(new Object[] {id, s[0], s[1], s[2], s[3], s[4], s[5]});
            }
        }
        jdbc.batchUpdate("insert into ticket_step(ticket_id, kind, from_status, to_status, actor_id, at, note) values (?, ?, ?, ?, ?, ?, ?)",
                stepRows);
        // Half of the handled repairs and warranty jobs used spare parts from the catalogue's demo (history: no stock movement).
        jdbc.update("""
                insert into ticket_part(ticket_id, product_id, warehouse_id, quantity, recorded_by, recorded_at)
                select t.id, p.id, w.id, 1 + t.id % 3, t.assignee_id, t.resolved_at
                  from ticket t
                  join lateral (select p.id from product p join product_category c on c.id = p.category_id
                                 where c.code = 'SPARE' order by p.id offset t.id % 4 limit 1) p on true
                  cross join (select id from warehouse order by sort_order, id limit 1) w
                 where t.type_code in ('REPAIR', 'WARRANTY') and t.resolved_at is not null and t.id % 2 = 0""");
    }

    /** The status is the last step's target. */
    private static List<Object[]> withStatus(List<Object[]> rows, List<List<Object[]>> steps) {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object[]> s = steps.get(i);
            String status = (String) s.get(s.size() - 1)[2];
            if ("INSTRUCTION".equals(s.get(s.size() - 1)[0])) {
                status = "CREATED";
            }
            Object[] r = java.util.Arrays.copyOf(rows.get(i), rows.get(i).length + 1);
            r[r.length - 1] = status;
            out.add(r);
        }
        return out;
    }

    private static Object[] step(String kind, String from, String to, Long actor, Instant at, String note) {
        return new Object[] {kind, from, to, actor, ts(at), note};
    }

    private static String status(long ageDays, Random random) {
        int r = random.nextInt(100);
        if (ageDays > 30) {
            return r < 88 ? "ARCHIVED" : r < 93 ? "FEEDBACK" : r < 97 ? "REOPENED" : "HANDLED";
        }
        return r < 20 ? "CREATED" : r < 45 ? "ASSIGNED" : r < 60 ? "HANDLED" : r < 75 ? "FEEDBACK" : r < 95 ? "ARCHIVED" : "REOPENED";
    }

    private static Integer satisfaction(Random random, boolean late) {
        int r = random.nextInt(100) - (late ? 25 : 0);
        return r < 5 ? 1 : r < 12 ? 2 : r < 30 ? 3 : r < 70 ? 4 : 5;
    }

    private static String comment(int satisfaction) {
        return switch (satisfaction) {
            case 1 -> "问题拖了很久才解决";
            case 2 -> "响应偏慢";
            case 3 -> "基本满意";
            case 4 -> "处理及时";
            default -> "非常专业，感谢";
        };
    }

    private static String pick(Random random) {
        int r = random.nextInt(100);
        int sum = 0;
        for (int i = 0; i < TYPES.length; i++) {
            sum += TYPE_WEIGHTS[i];
            if (r < sum) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    /** Moves a random instant into working hours (09:00–17:00), as most tickets arrive then. */
    private static Instant workingHour(Instant at, Random random) {
        LocalDateTime t = LocalDateTime.ofInstant(at, BusinessTime.ZONE).withHour(9 + random.nextInt(8))
                .withMinute(random.nextInt(60));
        return t.atZone(BusinessTime.ZONE).toInstant();
    }

    private Long userId(String username) {
        return jdbc.query("select id from app_user where username = ?", rs -> rs.next() ? rs.getLong(1) : null, username);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
