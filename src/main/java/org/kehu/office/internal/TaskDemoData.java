package org.kehu.office.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.kehu.shared.Formats;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tasks and appointments of the sales staff around today: the past two months mostly done (a few cancelled,
 * some still open and so overdue), the coming month open, and each of today's working hours busy enough to show.
 * Each is about a customer its assignee owns, with that customer's main contact. Reminders whose time has
 * passed count as sent, so that starting the application does not ring the bell a hundred times; what they said is
 * under the bell as the reminder job would have left it: unread for the tasks still open (the overdue ones among
 * them), read for those of the past week that are done.
 */
@Component
class TaskDemoData implements DemoData {

    static final int PER_USER = 130;
    /** Past tasks left open per user; every other past task is done or cancelled. */
    static final int OVERDUE_PER_USER = 10;
    private static final long SEED = 20261124L;
    private static final int DAYS_BACK = 60;
    private static final int DAYS_AHEAD = 30;

    private static final List<String> TASKS = List.of("电话回访", "发送报价单", "确认交货期", "催收货款", "整理需求清单",
            "寄送样品", "准备技术方案", "合同条款评审", "更新客户资料", "跟进投标文件");
    private static final List<String> APPOINTMENTS = List.of("上门拜访", "技术交流会", "商务洽谈", "工厂参观接待", "年度回顾会议",
            "产品演示", "验收会议");
    private static final List<String> PLACES = List.of("客户会议室", "我司展厅", "客户工厂", "线上会议", "我司 3 楼会议室");
    private static final Integer[] REMINDERS = {null, 15, 15, 30, 60, 60, 120, 1440};
    /** Reminders of tasks done within this many days stay under the bell, read. */
    private static final int READ_REMINDERS_DAYS = 7;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TaskDemoData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Step step() {
        return Step.TASKS;
    }

    private record Owned(long customerId, String customerName, Long contactId) {
    }

    @Override
    public void load() {
        Map<String, Long> users = new HashMap<>();
        jdbc.query("select username, id from app_user", rs -> {
            users.put(rs.getString(1), rs.getLong(2));
        });
        Map<Long, List<Owned>> owned = new HashMap<>();
        jdbc.query("select id, name, owner_id, main_contact_id from customer where owner_id is not null order by id", rs -> {
            owned.computeIfAbsent(rs.getLong(3), k -> new ArrayList<>())
                    .add(new Owned(rs.getLong(1), rs.getString(2), rs.getObject(4, Long.class)));
        });
        Random random = new Random(SEED);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
        List<Object[]> rows = new ArrayList<>();
        for (String username : List.of("manager", "manager2", "director")) {
            Long user = users.get(username);
            List<Owned> customers = owned.getOrDefault(user, List.of());
            if (user == null || customers.isEmpty()) {
                continue;
            }
            for (int i = 0; i < PER_USER; i++) {
                // Every tenth lies today, so that the day view and the "due today" box have something to show. Ten
                // lie in the past and are left open, the overdue tasks: a fixed number, so that the overdue box and
                // the first page of the task list look the same whatever the hour the demo is loaded at.
                boolean overdue = i % 10 == 5 && i < OVERDUE_PER_USER * 10;
                int offset = random.nextInt(DAYS_BACK + DAYS_AHEAD + 1) - DAYS_BACK;
                LocalDate day = i % 10 == 0 ? today : overdue ? today.minusDays(1 + Math.abs(offset) % DAYS_BACK) : today.plusDays(offset);
                rows.add(row(random, user, customers.get(random.nextInt(customers.size())), day, now, overdue));
            }
        }
        // The director hands a few tasks to the account manager of their department.
        Long director = users.get("director");
        Long manager = users.get("manager");
        if (director != null && manager != null && owned.containsKey(manager)) {
            for (int i = 0; i < 10; i++) {
                Object[] row = row(random, manager, owned.get(manager).get(random.nextInt(owned.get(manager).size())),
                        today.plusDays(random.nextInt(14) - 3), now, false);
                row[7] = director;
                rows.add(row);
            }
        }
        jdbc.batchUpdate("""
                insert into task(kind, title, description, due_at, end_at, place, assignee_id, created_by, priority, status,
                    completed_at, remind_before_minutes, remind_at, reminded_at, customer_id, contact_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
                        Types.TIMESTAMP, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                        Types.VARCHAR, Types.TIMESTAMP, Types.INTEGER, Types.TIMESTAMP,
                        Types.TIMESTAMP, Types.BIGINT, Types.BIGINT, Types.TIMESTAMP,
                        Types.TIMESTAMP});
        notifySentReminders(now);
    }

    private record Sent(long taskId, long assigneeId, String title, Instant dueAt, Instant remindedAt, boolean open) {
    }

    /** The notifications of the reminders marked sent above, with the key and arguments {@code TaskReminders} uses. */
    private void notifySentReminders(Instant now) {
        List<Sent> sent = jdbc.query("""
                select id, assignee_id, title, due_at, reminded_at, status = 'OPEN' from task
                 where reminded_at is not null and (status = 'OPEN' or reminded_at > ?) order by reminded_at""",
                (rs, n) -> new Sent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)),
                Timestamp.from(now.minus(Duration.ofDays(READ_REMINDERS_DAYS))));
        jdbc.batchUpdate("""
                insert into notification(recipient_id, message_key, args, link, created_at, read_at)
                values (?, 'office.task.reminder', ?, ?, ?, ?)""", sent, 500, (ps, r) -> {
            ps.setLong(1, r.assigneeId());
            ps.setArray(2, ps.getConnection().createArrayOf("text",
                    new String[] {r.title(), Formats.dateTime(r.dueAt())}));
            ps.setString(3, "/tasks/" + r.taskId());
            ps.setTimestamp(4, Timestamp.from(r.remindedAt()));
            ps.setTimestamp(5, r.open() ? null : Timestamp.from(r.remindedAt()));
        });
    }

    private static Object[] row(Random random, long assignee, Owned customer, LocalDate day, Instant now, boolean leftOpen) {
        boolean appointment = random.nextInt(10) < 4;
        // Working hours, on the half hour.
        LocalTime time = LocalTime.of(8 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
        Instant due = day.atTime(time).atZone(BusinessTime.ZONE).toInstant();
        Instant end = appointment ? due.plus(Duration.ofMinutes(60 + 30L * random.nextInt(3))) : null;
        String title = appointment ? pick(random, APPOINTMENTS) + "：" + customer.customerName()
                : pick(random, TASKS) + "（" + customer.customerName() + "）";
        String status = "OPEN";
        Instant completed = null;
        // Drawn whether the task is past or not, so that the hour of loading does not change the draws that follow.
        int r = random.nextInt(100);
        int doneAfterMinutes = random.nextInt(24 * 60);
        if (due.isBefore(now)) {
            // Most of the past is done and a few were cancelled; the overdue ones chosen above are still open.
            status = leftOpen ? "OPEN" : r < 90 ? "DONE" : "CANCELLED";
            if ("DONE".equals(status)) {
                Instant doneAt = (end != null ? end : due).plus(Duration.ofMinutes(doneAfterMinutes));
                completed = doneAt.isAfter(now) ? now : doneAt;
            }
        }
        Integer remind = REMINDERS[random.nextInt(REMINDERS.length)];
        Instant remindAt = remind == null ? null : due.minus(Duration.ofMinutes(remind));
        Instant reminded = remindAt != null && !remindAt.isAfter(now) ? remindAt : null;
        Instant created = due.minus(Duration.ofHours(2 + random.nextInt(24 * 10)));
        if (created.isAfter(now)) {
            created = now;
        }
        Instant updated = completed != null ? completed : created;
        String priority = switch (random.nextInt(10)) {
            case 0, 1 -> "HIGH";
            case 2 -> "LOW";
            default -> "NORMAL";
        };
        return new Object[] {appointment ? "APPOINTMENT" : "TASK", title,
                appointment ? "议程：了解近期采购计划，介绍新产品。" : null, ts(due), ts(end),
                appointment ? pick(random, PLACES) : null, assignee, assignee, priority, status, ts(completed), remind,
                ts(remindAt), ts(reminded), customer.customerId(), customer.contactId(), ts(created), ts(updated)};
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
