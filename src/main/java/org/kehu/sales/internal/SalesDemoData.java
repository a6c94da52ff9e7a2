package org.kehu.sales.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kehu.demo.EnterpriseGenerator;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sales opportunities of the last two years in every stage and state, owned by the account managers and the
 * director, with development plans, results and the history of their states. The won ones are linked to
 * existing demo customers of their owner (the customers they became); the lost ones carry a reason.
 * Deterministic (fixed seed) and written in batches.
 */
@Component
class SalesDemoData implements DemoData {

    static final int OPPORTUNITIES = 180;
    private static final long SEED = 20261124L;
    private static final String[] STAGES = {"INITIAL", "NEEDS", "PROPOSAL", "NEGOTIATION", "CONTRACT"};
    private static final int[] PROBABILITY = {10, 30, 50, 70, 90};
    private static final String[] SOURCES = {"TRADE_FAIR", "REFERRAL", "WEBSITE", "COLD_CALL", "TENDER", "CAMPAIGN", "PARTNER"};
    private static final String[] LOST_REASONS = {"PRICE", "COMPETITOR", "NO_BUDGET", "NO_DECISION", "REQUIREMENT", "OTHER"};
    /** Twenty slots: 3 new, 3 assigned, 6 developing, 4 won, 4 lost. */
    private static final String[] STATUS_SLOTS = {"NEW", "ASSIGNED", "DEVELOPING", "WON", "LOST", "DEVELOPING", "NEW",
            "ASSIGNED", "DEVELOPING", "WON", "LOST", "DEVELOPING", "NEW", "ASSIGNED", "DEVELOPING", "WON", "LOST",
            "DEVELOPING", "WON", "LOST"};
    private static final String[] NEEDS = {"数控加工中心 3 台", "自动化焊接生产线改造", "空压机组节能改造", "年度备件采购框架协议",
            "智能仓储货架系统", "注塑机 12 台更新", "环保除尘设备", "变频控制柜批量采购", "输送线及分拣系统", "激光切割机 2 台",
            "工业机器人工作站", "MES 系统配套硬件"};
    private static final String[] PLAN_ITEMS = {"电话沟通，了解采购计划和预算", "上门拜访技术负责人", "邀请客户参观样板工厂",
            "提交技术方案", "提交报价单", "与采购部商务谈判", "安排样机试用", "组织技术交流会", "起草合同条款", "高层拜访"};
    private static final String[] RESULTS = {"客户确认有采购意向，预算已批", "技术方案获认可，需补充参数", "客户反馈价格偏高，要求优惠",
            "已安排下次会谈", "客户对交货期有顾虑", "对比了两家竞争对手的方案", "决策人表示支持", "客户内部评审通过"};

    private final JdbcTemplate jdbc;

    SalesDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.SALES;
    }

    private record Opp(String source, String prospect, int probability, String summary, String contact, String phone,
            String description, BigDecimal amount, LocalDate closeDate, String stage, String status, long createdBy,
            Instant createdAt, Long assignedTo, Instant assignedAt, long owner, Long customerId, Long contactId,
            String lostReason, Instant closedAt) {
    }

    private record Customer(long id, String name, Long contactId) {
    }

    @Override
    public void load() {
        Map<String, Long> users = new HashMap<>();
        jdbc.query("select username, id from app_user", rs -> {
            users.put(rs.getString(1), rs.getLong(2));
        });
        long director = users.get("director");
        long[] managers = {users.get("manager"), users.get("manager2"), users.get("manager"), users.get("manager2"), director};
        Map<Long, List<Customer>> customersByOwner = new HashMap<>();
        jdbc.query("select id, name, main_contact_id, owner_id from customer where owner_id is not null order by id", rs -> {
            customersByOwner.computeIfAbsent(rs.getLong(4), k -> new ArrayList<>())
                    .add(new Customer(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)));
        });
        EnterpriseGenerator gen = new EnterpriseGenerator(SEED);
        Random random = gen.random();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<Long, Integer> wonPerOwner = new HashMap<>();

        List<Opp> opps = new ArrayList<>();
        for (int i = 0; i < OPPORTUNITIES; i++) {
            String status = STATUS_SLOTS[i % STATUS_SLOTS.length];
            long owner = managers[(i + i / STATUS_SLOTS.length) % managers.length];
            int stageIndex = switch (status) {
                case "NEW" -> (i / 20) % 2;
                case "ASSIGNED" -> i % 3;
                case "WON" -> 4;
                case "LOST" -> i % 4;
                default -> i % 5;
            };
            // Open ones lean to the last months, closed ones to earlier; all within two years.
            int ageDays = status.equals("WON") || status.equals("LOST") ? 60 + random.nextInt(660) : random.nextInt(300);
            Instant created = now.minus(ageDays, ChronoUnit.DAYS).minus(random.nextInt(9 * 60), ChronoUnit.MINUTES);
            long createdBy = i % 4 == 3 ? owner : director;
            Long assignedTo = null;
            Instant assignedAt = null;
            long effectiveOwner = createdBy;
            if (!status.equals("NEW")) {
                assignedTo = owner;
                assignedAt = created.plus(1 + random.nextInt(3), ChronoUnit.DAYS);
                effectiveOwner = owner;
            }
            String prospect;
            Long customerId = null;
            Long contactId = null;
            if (status.equals("WON") && !customersByOwner.getOrDefault(owner, List.of()).isEmpty()) {
                List<Customer> own = customersByOwner.get(owner);
                int n = wonPerOwner.merge(owner, 1, Integer::sum);
                Customer c = own.get((n * 7) % own.size());
                prospect = c.name();
                customerId = c.id();
                contactId = c.contactId();
            } else {
                EnterpriseGenerator.Place place = gen.place();
                prospect = gen.companyName(place, gen.trade().word());
            }
            String need = NEEDS[random.nextInt(NEEDS.length)];
            BigDecimal amount = BigDecimal.valueOf((50 + random.nextInt(4950)) * 1000L).setScale(2);
            LocalDate closeDate = LocalDate.ofInstant(created, BusinessTime.ZONE).plusDays(45 + random.nextInt(180));
            boolean closed = status.equals("WON") || status.equals("LOST");
            Instant closedAt = closed ? created.plus(20 + random.nextInt(40), ChronoUnit.DAYS) : null;
            int probability = status.equals("WON") ? 100 : status.equals("LOST") ? 0 : PROBABILITY[stageIndex];
            opps.add(new Opp(SOURCES[random.nextInt(SOURCES.length)], prospect, probability, need,
                    gen.personName(), gen.mobile(), "客户" + need + "需求，" + PLAN_ITEMS[random.nextInt(PLAN_ITEMS.length)] + "。",
                    amount, closeDate, STAGES[stageIndex], status, createdBy, created, assignedTo, assignedAt,
                    effectiveOwner, customerId, contactId, status.equals("LOST") ? LOST_REASONS[i % LOST_REASONS.length] : null,
                    closedAt));
        }
        jdbc.batchUpdate("""
                insert into opportunity(source_code, prospect_name, probability, probability_manual, summary, contact_name,
                    contact_phone, description, expected_amount, expected_close_date, stage_code, status, created_by, created_at,
                    assigned_to, assigned_at, owner_id, customer_id, contact_id, lost_reason_code, closed_at, updated_at)
                values (?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", opps, 200, (ps, o) -> {
            ps.setString(1, o.source());
            ps.setString(2, o.prospect());
            ps.setInt(3, o.probability());
            ps.setString(4, o.summary());
            ps.setString(5, o.contact());
            ps.setString(6, o.phone());
            ps.setString(7, o.description());
            ps.setBigDecimal(8, o.amount());
            ps.setDate(9, Date.valueOf(o.closeDate()));
            ps.setString(10, o.stage());
            ps.setString(11, o.status());
            ps.setLong(12, o.createdBy());
            ps.setTimestamp(13, Timestamp.from(o.createdAt()));
            ps.setObject(14, o.assignedTo());
            ps.setTimestamp(15, o.assignedAt() == null ? null : Timestamp.from(o.assignedAt()));
            ps.setLong(16, o.owner());
            ps.setObject(17, o.customerId());
            ps.setObject(18, o.contactId());
            ps.setString(19, o.lostReason());
            ps.setTimestamp(20, o.closedAt() == null ? null : Timestamp.from(o.closedAt()));
            Instant updated = o.closedAt() != null ? o.closedAt() : o.assignedAt() != null ? o.assignedAt() : o.createdAt();
            ps.setTimestamp(21, Timestamp.from(updated));
        });
        // The table was empty: the new ids follow the insertion order.
        List<Long> ids = jdbc.queryForList("select id from opportunity order by id", Long.class);

        List<Object[]> steps = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < opps.size(); i++) {
            Opp o = opps.get(i);
            long id = ids.get(ids.size() - opps.size() + i);
            history.add(new Object[] {id, o.createdBy(), Timestamp.from(o.createdAt()), "CREATED", null, "NEW", o.stage(), null});
            if (o.assignedTo() == null) {
                continue;
            }
            history.add(new Object[] {id, director, Timestamp.from(o.assignedAt()), "ASSIGNED", null, o.assignedTo().toString(), null});
            int count = switch (o.status()) {
                case "ASSIGNED" -> 1 + random.nextInt(2);
                case "DEVELOPING" -> 2 + random.nextInt(3);
                default -> 2 + random.nextInt(4);
            };
            Instant end = o.closedAt() != null ? o.closedAt() : now;
            long span = Math.max(1, ChronoUnit.DAYS.between(o.assignedAt(), end));
            Instant firstResult = null;
            for (int s = 0; s < count; s++) {
                Instant planned = o.assignedAt().plus(span * (s + 1) / (count + 1), ChronoUnit.DAYS);
                boolean done = !o.status().equals("ASSIGNED") && (o.status().equals("WON") || o.status().equals("LOST")
                        || s < count - 1) && planned.isBefore(now);
                Instant resultAt = done ? planned.plus(6, ChronoUnit.HOURS) : null;
                if (done && firstResult == null) {
                    firstResult = resultAt;
                }
                steps.add(new Object[] {id, Date.valueOf(LocalDate.ofInstant(planned, BusinessTime.ZONE)),
                        PLAN_ITEMS[(i + s) % PLAN_ITEMS.length], done ? RESULTS[(i * 3 + s) % RESULTS.length] : null,
                        resultAt == null ? null : Timestamp.from(resultAt), done ? o.owner() : null, o.owner(),
                        Timestamp.from(o.assignedAt().plus(1, ChronoUnit.HOURS))});
            }
            if (firstResult != null) {
                history.add(new Object[] {id, o.owner(), Timestamp.from(firstResult), "STATUS", "ASSIGNED", "DEVELOPING", null});
            }
            if (o.closedAt() != null) {
                String action = o.status();
                history.add(new Object[] {id, o.owner(), Timestamp.from(o.closedAt()), action, "DEVELOPING", action,
                        action.equals("LOST") ? o.lostReason() : null});
            }
        }
        jdbc.batchUpdate("""
                insert into opportunity_plan_step(opportunity_id, planned_on, item, result, result_at, result_by, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", steps);
        jdbc.batchUpdate("""
                insert into opportunity_history(opportunity_id, changed_by, changed_at, action, from_value, to_value, note)
                values (?, ?, ?, ?, ?, ?, ?)""", history.stream().map(h -> new Object[] {h[0], h[1], h[2], h[3], h[4], h[5],
                h[6]}).toList());
    }
}
