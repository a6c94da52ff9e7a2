package org.kehu.chat;

import java.util.List;
import java.util.Locale;

import org.kehu.customer.CustomerTimelineSource;
import org.kehu.customer.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a customer's conversations on their timeline: when asked, who answered, the first question and how it ended.
 * The customer module has checked the reader sees the customer, which is what a transcript asks too.
 */
@Component
class ChatTimeline implements CustomerTimelineSource {

    private static final int LIMIT = 200;
    private static final int QUESTION = 60;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ChatTimeline(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(long customerId) {
        Locale locale = LocaleContextHolder.getLocale();
        return jdbc.sql("""
                select v.id, v.started_at, v.status, ct.name as contact, u.name as operator,
                       (select m.body from chat_message m where m.conversation_id = v.id and m.sender = 'CUSTOMER'
                         order by m.id limit 1) as question
                  from chat_conversation v join contact ct on ct.id = v.contact_id
                  left join app_user u on u.id = v.operator_id
                 where v.customer_id = :customer order by v.started_at desc, v.id desc limit :limit""")
                .param("customer", customerId).param("limit", LIMIT)
                .query((rs, n) -> {
                    String question = rs.getString("question");
                    if (question == null) {
                        question = "";
                    } else if (question.length() > QUESTION) {
                        question = question.substring(0, QUESTION) + "…";
                    }
                    String status = messages.getMessage("chat.status." + rs.getString("status"), null, locale);
                    return TimelineEntry.of(rs.getTimestamp("started_at").toInstant(), TimelineEntry.Kind.CHAT,
                            rs.getString("operator"), messages.getMessage("chat.timeline.summary",
                                    new Object[] {rs.getString("contact"), question, status}, locale),
                            "/chat/conversations/" + rs.getLong("id"));
                })
                .list();
    }
}
