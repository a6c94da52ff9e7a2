package org.kehu.portal.service;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.shared.DemoData;
import org.kehu.support.CustomerTicketRequests;
import org.kehu.support.NewCustomerTicket;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketConversation;
import org.kehu.support.TicketDetails;
import org.kehu.support.TicketUpload;
import org.kehu.support.HandlingInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The portal tickets of the demo login {@code buyer}, opened on the portal and worked through the ticket flow by
 * the service staff as they would be: a question being handled, a repair handled and waiting for the customer's
 * feedback, and a suggestion closed after its feedback, with messages both ways. Written through the support
 * module's services (as the portal and the staff pages call them), so the notifications and the mails follow.
 */
@Component
class PortalTicketDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final CustomerTicketRequests requests;
    private final ServiceTickets tickets;
    private final TicketConversation conversation;
    private final UserDirectory users;
    private final UserDetailsService accounts;

    PortalTicketDemoData(JdbcClient jdbc, CustomerTicketRequests requests, ServiceTickets tickets,
            TicketConversation conversation, UserDirectory users, UserDetailsService accounts) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.tickets = tickets;
        this.conversation = conversation;
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public Step step() {
        return Step.PORTAL_TICKETS;
    }

    @Override
    public void load() {
        var buyer = jdbc.sql("select customer_id, contact_id from portal_account where login = 'buyer'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().orElse(null);
        Long service = users.userByUsername("service").map(UserSummary::id).orElse(null);
        if (buyer == null || service == null) {
            return;
        }
        long customer = buyer[0];
        long contact = buyer[1];
        var previous = SecurityContextHolder.getContext();
        try {
            // A suggestion: answered, handled, rated and closed.
            TicketDetails suggestion = requests.open(customer, contact, new NewCustomerTicket("SUGGESTION",
                    "希望订单跟踪能显示预计到货时间", "现在只能看到发货状态，希望能看到预计哪天到货，方便安排卸货。", null, null), List.of());
            signIn("servicelead");
            tickets.assign(suggestion.id(), service, null, null);
            signIn("service");
            conversation.reply(suggestion.id(), "感谢您的建议！我们已转给物流部门，下个版本会在订单跟踪中显示预计到货日期。", List.of());
            tickets.handle(suggestion.id(), handled("已转物流部门评估并排期"));
            requests.feedback(customer, suggestion.number(), 5, "回复很及时，期待新功能。");
            tickets.archive(suggestion.id(), null, null);

            // A repair: handled on site, waiting for the customer's feedback.
            TicketDetails repair = requests.open(customer, contact, new NewCustomerTicket("REPAIR", "主轴异响，需要上门检查",
                    "2 号加工中心主轴高速运转时有明显异响，已停机。", null, null),
                    List.of(new TicketUpload("spindle.png", photo())));
            signIn("servicelead");
            tickets.assign(repair.id(), service, null, null);
            signIn("service");
            conversation.reply(repair.id(), "您好，工程师明天上午 9 点到现场检查，请安排人员配合。", List.of());
            requests.reply(customer, contact, repair.number(), "好的，明天上午有人在车间等候。", List.of());
            tickets.handle(repair.id(), handled("更换主轴前轴承一套，试机正常"));
            conversation.reply(repair.id(), "主轴前轴承已更换，试机正常。请您在工单上给这次服务打个分，谢谢！", List.of());

            // A question being handled, the customer's follow-up not answered yet.
            TicketDetails question = requests.open(customer, contact, new NewCustomerTicket("CONSULTATION",
                    "如何申请保修服务？", "我们有一台机床快到一年了，想了解保修怎么申请。", null, null), List.of());
            signIn("servicelead");
            tickets.assign(question.id(), service, null, null);
            signIn("service");
            conversation.reply(question.id(), "整机质保 12 个月，自验收之日起计算。请在门户提交维修工单并上传故障照片即可。", List.of());
            requests.reply(customer, contact, question.number(), "验收单上的日期是去年 12 月 20 日，还在保修期内吗？", List.of());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static HandlingInput handled(String note) {
        return new HandlingInput(note, null, null, null, null, null, null, null, List.of(), null);
    }

    private void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** The customer's photo of the fault: a real PNG, since attachments are checked by their content. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x5a, 0x6b, 0x7c));
        g.fillRect(0, 0, 160, 120);
        g.setColor(new Color(0xd9, 0xdd, 0xe2));
        g.fillOval(50, 30, 60, 60);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
