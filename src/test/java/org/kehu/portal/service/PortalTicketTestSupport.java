package org.kehu.portal.service;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.kehu.portal.PortalUser;
import org.kehu.portal.internal.PortalPrincipal;
import org.kehu.support.CustomerTicketRequests;
import org.kehu.support.HandlingInput;
import org.kehu.support.NewCustomerTicket;
import org.kehu.support.ServiceTickets;
import org.kehu.support.TicketDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo portal users and staff of the portal ticket tests, tickets made through the services, pages as text. */
abstract class PortalTicketTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    CustomerTicketRequests requests;
    @Autowired
    ServiceTickets tickets;

    PortalUser portalUser(String login) {
        return jdbc.sql("""
                select a.id, a.contact_id, a.customer_id, ct.name from portal_account a join contact ct on ct.id = a.contact_id
                 where a.login = ?""").param(login)
                .query((rs, n) -> new PortalUser(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))).single();
    }

    RequestPostProcessor portal(String login) {
        return user(new PortalPrincipal(portalUser(login), login, "x", true, true));
    }

    RequestPostProcessor staff(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Moves a table's ids past 1,000, so that tests never pass by the small ids that boxed numbers share. */
    void idsAbove1000(String table) {
        jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest(1000, (select coalesce(max(id), 0) from "
                + table + ")))").query(Long.class).single();
    }

    TicketDetails open(String login, String type, String subject) {
        PortalUser u = portalUser(login);
        return requests.open(u.customerId(), u.contactId(), new NewCustomerTicket(type, subject, "说明：" + subject, null, null),
                List.of());
    }

    /** Runs staff steps as a demo staff member, as the staff pages would. */
    void asStaff(String username, Runnable steps) {
        var previous = SecurityContextHolder.getContext();
        try {
            UserDetails u = accounts.loadUserByUsername(username);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
            SecurityContextHolder.setContext(context);
            steps.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** Assigned to {@code service} and handled: the ticket waits for the customer's feedback. */
    void handled(TicketDetails t) {
        asStaff("servicelead", () -> tickets.assign(t.id(), userId("service"), null, null));
        asStaff("service", () -> tickets.handle(t.id(),
                new HandlingInput("已处理", null, null, null, null, null, null, null, List.of(), null)));
    }

    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
