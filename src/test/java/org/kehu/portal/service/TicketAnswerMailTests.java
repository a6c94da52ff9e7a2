package org.kehu.portal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.support.TicketConversation;
import org.kehu.support.TicketDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Staff's reply to the customer reaches the ticket's contact by e-mail with a link to the ticket on the portal. The
 * mail is sent after the reply is committed, so this test commits and removes what it made afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TicketAnswerMailTests extends PortalTicketTestSupport {

    @Autowired
    TicketConversation conversation;

    private Long ticketId;
    private String recipient;

    @AfterEach
    void removeWhatTheTestMade() {
        if (ticketId != null) {
            String number = jdbc.sql("select number from ticket where id = ?").param(ticketId).query(String.class).single();
            jdbc.sql("delete from notification where ? = any(args)").param(number).update();
            jdbc.sql("delete from audit_log where entity_type = 'ticket' and entity_id = ?").param(ticketId).update();
            jdbc.sql("delete from ticket where id = ?").param(ticketId).update();
            jdbc.sql("delete from mail_message where recipient = ? and subject like ?").params(recipient, "%" + number + "%").update();
        }
    }

    @Test
    void theContactIsMailedALinkToTheAnsweredTicket() {
        recipient = jdbc.sql("select ct.email from portal_account a join contact ct on ct.id = a.contact_id where a.login = 'buyer'")
                .query(String.class).single();
        assertThat(recipient).isNotBlank();
        TicketDetails t = open("buyer", "CONSULTATION", "邮件通知测试工单");
        ticketId = t.id();
        asStaff("service", () -> conversation.reply(t.id(), "您好，已为您查询。", List.of()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "select text_body from mail_message where recipient = ? and subject like ?")
                .params(recipient, "%" + t.number() + "%").query(String.class).list())
                .anySatisfy(body -> assertThat(body).contains("/portal/tickets/" + t.number())));
    }
}
