package org.kehu.portal.guestbook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.kehu.customer.ContactSelfService;
import org.kehu.identity.DepartmentSummary;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.DemoData;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The guestbook's demo threads: suggestions of {@code buyer} and {@code buyer2} replying to each other, answers of
 * {@code service} as staff, one post hidden by the service manager, one turned into a suggestion ticket (made through
 * support's public API as {@code service} would), and one thread older than the expiry age.
 */
@Component
class GuestbookDemoData implements DemoData {

    private final PostStore store;
    private final ContactSelfService contacts;
    private final UserDirectory users;
    private final UserDetailsService staff;
    private final GuestbookModeration moderation;
    private final GuestbookSettings settings;
    private final Clock clock;

    GuestbookDemoData(PostStore store, ContactSelfService contacts, UserDirectory users, UserDetailsService staff,
            GuestbookModeration moderation, GuestbookSettings settings, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.users = users;
        this.staff = staff;
        this.moderation = moderation;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Step step() {
        return Step.GUESTBOOK;
    }

    /** A demo author: a portal account with the name its posts show. */
    private record Author(long accountId, long customerId, long contactId, String name) {
    }

    @Override
    public void load() {
        Author buyer = author("buyer");
        Author buyer2 = author("buyer2");
        long service = users.userByUsername("service").orElseThrow().id();
        long lead = users.userByUsername("servicelead").orElseThrow().id();
        String serviceName = users.userByUsername("service").orElseThrow().name();
        Instant now = clock.instant();

        long t1 = post(buyer, null, "建议在订单详情页显示预计到货日期，方便我们安排生产计划。\n现在只能看到发货状态。", now.minus(9, ChronoUnit.DAYS));
        post(buyer2, t1, "同意！我们也经常需要打电话问到货时间。", now.minus(8, ChronoUnit.DAYS));
        staffPost(t1, service, serviceName, "感谢建议，订单跟踪页已经显示每个节点的时间，预计到货日期功能正在开发中。", now.minus(8, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS));

        long t2 = post(buyer2, null, "数控车床的操作手册能否提供电子版下载？纸质版在车间容易损坏。", now.minus(6, ChronoUnit.DAYS));
        staffPost(t2, service, serviceName, "可以的，您可以在“帮助”页面的知识库中搜索“操作手册”下载 PDF 版本。", now.minus(6, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS));
        post(buyer, t2, "找到了，谢谢！", now.minus(5, ChronoUnit.DAYS));

        long t3 = post(buyer, null, "希望主轴轴承能提供三年质保的延保服务，我们愿意为此多付一些费用。", now.minus(4, ChronoUnit.DAYS));
        post(buyer2, t3, "+1，延保对我们这种三班倒的工厂很重要。", now.minus(4, ChronoUnit.DAYS).plus(5, ChronoUnit.HOURS));
        asStaff("service", () -> moderation.toTicket(t3, new SuggestionTicketRequest("SERVICE", department(), "NORMAL")));

        long t4 = post(buyer2, null, "低价转让二手加工中心，有意者加微信 cnc-2026 详谈。", now.minus(3, ChronoUnit.DAYS));
        store.jdbc().sql("""
                update portal_guestbook_post set status = 'HIDDEN', hidden_reason = '含广告内容，留言簿仅用于产品和服务建议。',
                       moderated_by = ?, moderated_at = ? where id = ?""")
                .params(lead, Timestamp.from(now.minus(2, ChronoUnit.DAYS)), t4).update();

        long t5 = post(buyer, null, "能否增加微信通知？订单发货时推送一条消息就很方便。", now.minus(1, ChronoUnit.DAYS));
        post(buyer2, t5, "建议同时支持短信，车间里不一定能看微信。", now.minus(20, ChronoUnit.HOURS));

        Instant old = now.minus(settings.expireAfter()).minus(30, ChronoUnit.DAYS);
        long t6 = post(buyer2, null, "去年展会上的样机什么时候上市？", old);
        staffPost(t6, service, serviceName, "已于今年三月上市，详见产品页面。", old.plus(1, ChronoUnit.DAYS));
    }

    private Author author(String login) {
        record Account(long id, long customerId, long contactId) {
        }
        Account a = store.jdbc().sql("select id, customer_id, contact_id from portal_account where login = ?").param(login)
                .query(Account.class).single();
        String contact = contacts.contact(a.contactId()).orElseThrow().name();
        String company = contacts.customer(a.customerId()).map(c -> PostText.shortCompany(c.name())).orElse("");
        return new Author(a.id(), a.customerId(), a.contactId(), company.isEmpty() ? contact : contact + " · " + company);
    }

    private long post(Author author, Long thread, String text, Instant at) {
        return store.insertByCustomer(thread, author.accountId(), author.customerId(), author.contactId(), author.name(),
                text, at);
    }

    private void staffPost(long thread, long userId, String name, String text, Instant at) {
        store.insertByStaff(thread, userId, name, text, at);
    }

    private Long department() {
        return users.departments().stream().filter(d -> "SERVICE".equals(d.code())).map(DepartmentSummary::id)
                .findFirst().orElseGet(() -> users.departments().get(0).id());
    }

    /** Runs a step as a staff user, as if they had clicked it: support's rules check the signed-in user. */
    private void asStaff(String username, Runnable step) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails details = staff.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
