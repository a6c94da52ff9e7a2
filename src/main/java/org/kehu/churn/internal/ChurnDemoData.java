package org.kehu.churn.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerStatus;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the churn scan over the demo orders (one customer in ten stopped buying), dates each warning on the day
 * its period ended, and handles them as owners would have: a third postponed with a measure, a third confirmed
 * with a reason over the past months (so that the churn analysis has months to show), the rest pending.
 */
@Component
class ChurnDemoData implements DemoData {

    private static final String[] REASONS = {"COMPETITOR", "PRICE", "SERVICE", "DEMAND_GONE", "QUALITY", "BUSINESS_CLOSED",
            "CONTACT_LEFT", "RELOCATED"};
    private static final String[] MEASURES = {"电话回访采购负责人，了解需求变化，下月再次拜访", "提供季度返利方案，等待客户内部审批",
            "安排技术人员上门检修设备，恢复客户信心", "寄送新品样册并邀请参加产品推介会", "与客户财务核对账款，解决开票问题"};

    private final ChurnScan scan;
    private final JdbcClient jdbc;
    private final CustomerManagement customers;

    ChurnDemoData(ChurnScan scan, JdbcClient jdbc, CustomerManagement customers) {
        this.scan = scan;
        this.jdbc = jdbc;
        this.customers = customers;
    }

    @Override
    public Step step() {
        return Step.CHURN;
    }

    private record Warning(long id, long customerId, Long ownerId, LocalDate flaggedOn) {
    }

    @Override
    public void load() {
        scan.run();
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        // The day the rule would have flagged each customer: six months after the last sale.
        jdbc.sql("update churn_warning set flagged_on = least(cast(last_sale + interval '6 months' as date), :today)")
                .param("today", today).update();
        jdbc.sql("""
                update churn_action a set at = (w.flagged_on + time '09:00') at time zone 'Asia/Shanghai'
                  from churn_warning w where w.id = a.warning_id and a.action = 'FLAGGED'""").update();
        List<Warning> warnings = jdbc.sql("""
                select w.id, w.customer_id, c.owner_id, w.flagged_on from churn_warning w join customer c on c.id = w.customer_id
                 where w.state = 'PENDING' order by w.id""")
                .query((rs, n) -> new Warning(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        rs.getObject(4, LocalDate.class))).list();
        for (int i = 0; i < warnings.size(); i++) {
            Warning w = warnings.get(i);
            LocalDate handled = w.flaggedOn().plusDays(1 + i % 12);
            if (handled.isAfter(today)) {
                handled = today;
            }
            if (i % 3 == 0) {
                String measure = MEASURES[i % MEASURES.length];
                LocalDate until = today.plusDays(10 + i % 50);
                jdbc.sql("update churn_warning set state = 'POSTPONED', measure = :measure, postponed_until = :until where id = :id")
                        .param("measure", measure).param("until", until).param("id", w.id()).update();
                action(w, "POSTPONED", measure, until, null, handled);
            } else if (i % 3 == 1) {
                String reason = REASONS[i % REASONS.length];
                jdbc.sql("update churn_warning set state = 'CONFIRMED', reason_code = :reason, closed_on = :day where id = :id")
                        .param("reason", reason).param("day", handled).param("id", w.id()).update();
                action(w, "CONFIRMED", null, null, reason, handled);
                customers.changeStatus(List.of(w.customerId()), EnumSet.of(CustomerStatus.CHURN_WARNING), CustomerStatus.LOST);
            }
        }
    }

    private void action(Warning w, String action, String measure, LocalDate until, String reason, LocalDate day) {
        jdbc.sql("""
                insert into churn_action(warning_id, customer_id, action, measure, until, reason_code, actor_id, at)
                values (:warning, :customer, :action, :measure, :until, :reason, :actor,
                        (cast(:day as date) + time '10:30') at time zone 'Asia/Shanghai')""")
                .param("warning", w.id()).param("customer", w.customerId()).param("action", action)
                .param("measure", measure).param("until", until).param("reason", reason).param("actor", w.ownerId())
                .param("day", day).update();
    }
}
