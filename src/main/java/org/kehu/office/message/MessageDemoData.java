package org.kehu.office.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages between the demo users over the past days: a conversation of the director and the account manager with
 * replies, a question to several people, and a few left unread so that the envelope beside the bell shows a count.
 */
@Component
class MessageDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final Clock clock;

    MessageDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Step step() {
        return Step.TASKS;
    }

    @Override
    public void load() {
        Map<String, Long> users = new HashMap<>();
        jdbc.sql("select username, id from app_user").query(rs -> {
            users.put(rs.getString(1), rs.getLong(2));
        });
        if (!users.keySet().containsAll(List.of("director", "manager", "manager2", "executive"))) {
            return;
        }
        Instant now = clock.instant();
        long quote = send(users.get("director"), "华东大客户报价审批", """
                张伟：
                你上周提交的华东区大客户报价我看过了，折扣超过了 8%，需要补充一下竞争对手的报价情况再报给王总。
                周三前能整理好吗？""", null, null, now.minus(Duration.ofDays(3)), users.get("manager"));
        read(quote, users.get("manager"), now.minus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
        long answer = send(users.get("manager"), "Re: 华东大客户报价审批", """
                李总：
                好的，对方还在和另一家供应商比价，我周二把对比表发给您。""", quote, quote,
                now.minus(Duration.ofDays(3)).plus(Duration.ofHours(2)), users.get("director"));
        read(answer, users.get("director"), now.minus(Duration.ofDays(3)).plus(Duration.ofHours(3)));
        send(users.get("director"), "Re: 华东大客户报价审批", "收到，对比表出来后我们一起过一遍。", answer, quote,
                now.minus(Duration.ofDays(2)), users.get("manager"));

        long review = send(users.get("executive"), "季度经营分析会", """
                各位：
                下周五下午 2 点在 3 楼会议室开季度经营分析会，请准备本季度的回款、商机和客户流失情况，各 10 分钟。""",
                null, null, now.minus(Duration.ofDays(1)), users.get("director"), users.get("manager2"),
                users.getOrDefault("servicelead", users.get("director")));
        read(review, users.get("director"), now.minus(Duration.ofHours(20)));

        long handover = send(users.get("manager2"), "客户交接", """
                李总：华南区两家客户下月起由我接手，原负责人的拜访记录我已经看过了，有需要注意的地方吗？""",
                null, null, now.minus(Duration.ofHours(6)), users.get("director"));
        read(handover, users.get("director"), now.minus(Duration.ofHours(5)));
        if (users.containsKey("service")) {
            send(users.get("manager"), "帮忙跟进一张工单", """
                    赵丽：我的客户报修的那张工单客户比较着急，麻烦今天帮忙联系一下，谢谢！""", null, null,
                    now.minus(Duration.ofHours(3)), users.get("service"));
        }
    }

    private long send(long sender, String subject, String body, Long replyTo, Long thread, Instant at, Long... to) {
        long id = jdbc.sql("""
                insert into internal_message(sender_id, subject, body, reply_to_id, thread_id, sent_at)
                values (:sender, :subject, :body, :replyTo, :thread, :at) returning id""")
                .param("sender", sender).param("subject", subject).param("body", body.strip())
                .param("replyTo", replyTo).param("thread", thread).param("at", Timestamp.from(at))
                .query(Long.class).single();
        for (Long recipient : to) {
            jdbc.sql("insert into internal_message_recipient(message_id, recipient_id) values (:id, :to) on conflict do nothing")
                    .param("id", id).param("to", recipient).update();
        }
        return id;
    }

    private void read(long message, long user, Instant at) {
        jdbc.sql("update internal_message_recipient set read_at = :at where message_id = :id and recipient_id = :u")
                .param("at", Timestamp.from(at)).param("id", message).param("u", user).update();
    }
}
