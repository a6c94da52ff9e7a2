package org.kehu.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.kehu.shared.DemoData;
import org.kehu.support.QuestionTickets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finished conversations of the demo portal users' companies, answered by the service user: two closed ones each
 * for buyer and buyer2, and one of buyer's that became a ticket because nobody was online.
 */
@Component
class ChatDemoData implements DemoData {

    private record Line(Sender sender, String text) {
    }

    private final JdbcClient jdbc;
    private final ChatStore store;
    private final QuestionTickets tickets;
    private final Clock clock;

    ChatDemoData(JdbcClient jdbc, ChatStore store, QuestionTickets tickets, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public Step step() {
        return Step.CHAT;
    }

    @Override
    public void load() {
        var service = jdbc.sql("select id, name from app_user where username = 'service'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        if (service.isEmpty()) {
            return;
        }
        long operator = (Long) service.get()[0];
        String operatorName = (String) service.get()[1];
        Instant now = clock.instant();
        for (String login : List.of("buyer", "buyer2")) {
            var account = jdbc.sql("""
                    select a.id, a.contact_id, a.customer_id from portal_account a where a.login = :login""").param("login", login)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).optional();
            String contactName = jdbc.sql("select ct.name from portal_account a join contact ct on ct.id = a.contact_id where a.login = :l")
                    .param("l", login).query(String.class).optional().orElse(login);
            if (account.isEmpty()) {
                continue;
            }
            long[] a = account.get();
            closed(a, contactName, operator, operatorName, now.minus(Duration.ofDays(login.equals("buyer") ? 12 : 9)), List.of(
                    new Line(Sender.CUSTOMER, "你好，我们上周的订单什么时候发货？"),
                    new Line(Sender.STAFF, "您好！订单已排产，预计本周五发货，发货后可在“我的订单”中查看物流。"),
                    new Line(Sender.CUSTOMER, "好的，谢谢！")));
            closed(a, contactName, operator, operatorName, now.minus(Duration.ofDays(login.equals("buyer") ? 4 : 2)), List.of(
                    new Line(Sender.CUSTOMER, "轴承异响一般是什么原因？"),
                    new Line(Sender.STAFF, "常见是润滑不足或安装不当，可参考知识库文章《轴承异响排查》。如仍有问题请开服务单。"),
                    new Line(Sender.CUSTOMER, "明白了，我们先检查润滑。")));
            if (login.equals("buyer")) {
                ticketed(a, contactName, now.minus(Duration.ofDays(1)), "能否提供定制尺寸的减速机报价？");
            }
        }
    }

    private void closed(long[] account, String contactName, long operator, String operatorName, Instant at, List<Line> lines) {
        long id = store.insertConversation(account[2], account[1], account[0], at);
        store.take(id, operator, at.plusSeconds(20));
        store.insertMessage(id, Sender.SYSTEM, null, null, ChatTexts.system("chat.system.taken", operatorName), at.plusSeconds(20));
        Instant t = at;
        for (Line l : lines) {
            t = t.plusSeconds(l.sender() == Sender.CUSTOMER ? 10 : 40);
            boolean staff = l.sender() == Sender.STAFF;
            store.insertMessage(id, l.sender(), staff ? operator : null, staff ? operatorName : contactName, l.text(), t);
        }
        t = t.plusSeconds(30);
        store.insertMessage(id, Sender.SYSTEM, null, null, ChatTexts.system("chat.system.closed-by-customer", null), t);
        store.end(id, ConversationStatus.CLOSED, t, null, null);
    }

    private void ticketed(long[] account, String contactName, Instant at, String question) {
        long id = store.insertConversation(account[2], account[1], account[0], at);
        store.insertMessage(id, Sender.CUSTOMER, null, contactName, question, at);
        QuestionTickets.Opened ticket = tickets.open(account[2], account[1], question,
                "[" + at + "] " + contactName + ": " + question, null);
        store.insertMessage(id, Sender.SYSTEM, null, null, ChatTexts.system("chat.system.offline", ticket.number()), at.plusSeconds(1));
        store.end(id, ConversationStatus.TICKETED, at.plusSeconds(1), ticket.id(), ticket.number());
    }
}
