package org.kehu.portal.internal;

import java.util.List;
import java.util.Map;

import org.kehu.order.OrderManagement;
import org.kehu.order.QualityEvaluations;
import org.kehu.order.SharedContracts;
import org.kehu.portal.company.CompanyChangeRequests;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The portal extras of the demo, written through the services the pages call: buyer's and buyer2's quality
 * evaluations of their delivered orders (so the quality report and the product cards show averages), a company
 * change request of {@code buyer} waiting for {@code manager} and one of {@code buyer2} rejected by {@code manager2},
 * and a contract file shared on a delivered order of buyer's company. The DIY designs and product pictures come from
 * the showcase's share. Missing demo users or orders leave the matching part out.
 */
@Component
class PortalExtrasDemoData implements DemoData {

    /** Scores and comments handed out in turn, so that products get different averages. */
    private static final Object[][] EVALUATIONS = {
        {5, "设备运行平稳，加工精度达到合同要求。"},
        {4, "质量不错，包装可以再加强一些。"},
        {3, "能用，但是噪音比预期大。"},
        {5, "安装调试顺利，工人反映操作方便。"},
        {2, "到货时外壳有划痕，已和客户经理沟通更换。"},
        {4, "整体满意，说明书希望有更详细的中文版。"},
        {3, "性能一般，换刀速度偏慢。"},
        {5, "非常好，会继续采购。"}
    };

    private final JdbcClient jdbc;
    private final QualityEvaluations evaluations;
    private final CompanyChangeRequests changes;
    private final OrderManagement orders;
    private final SharedContracts contracts;
    private final UserDetailsService accounts;

    PortalExtrasDemoData(JdbcClient jdbc, QualityEvaluations evaluations, CompanyChangeRequests changes,
            OrderManagement orders, SharedContracts contracts, UserDetailsService accounts) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.changes = changes;
        this.orders = orders;
        this.contracts = contracts;
        this.accounts = accounts;
    }

    @Override
    public Step step() {
        return Step.PORTAL_EXTRAS;
    }

    @Override
    public void load() {
        long[] buyer = account("buyer");
        long[] buyer2 = account("buyer2");
        var previous = SecurityContextHolder.getContext();
        try {
            int next = 0;
            if (buyer != null) {
                next = evaluate(buyer, 3, next);
            }
            if (buyer2 != null) {
                evaluate(buyer2, 2, next);
            }
            if (buyer != null && staffExists("manager")) {
                askNewPhone(buyer);
                shareContract(buyer[0]);
            }
            if (buyer2 != null && staffExists("manager2")) {
                rejectedRequest(buyer2);
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The customer and contact ids of a portal login, or null when the demo has no such login. */
    private long[] account(String login) {
        return jdbc.sql("select customer_id, contact_id from portal_account where login = ?").param(login)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().orElse(null);
    }

    private boolean staffExists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username).query(Boolean.class)
                .single();
    }

    /** Evaluates every line of the company's latest delivered or completed orders; returns the next comment's index. */
    private int evaluate(long[] account, int orderCount, int next) {
        List<long[]> lines = jdbc.sql("""
                select o.id, l.id from sales_order o join sales_order_line l on l.order_id = o.id
                 where o.id in (select id from sales_order where customer_id = ? and status in ('DELIVERED', 'COMPLETED')
                                 order by order_date desc, id desc limit ?)
                 order by o.id, l.line_no""")
                .params(account[0], orderCount).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        int i = next;
        for (long[] line : lines) {
            Object[] e = EVALUATIONS[i++ % EVALUATIONS.length];
            evaluations.evaluate(account[0], account[1], line[0], line[1], (Integer) e[0], (String) e[1]);
        }
        return i;
    }

    /** buyer asks for a new phone and address: waiting for manager, who is notified. */
    private void askNewPhone(long[] buyer) {
        Map<String, String> asked = new java.util.LinkedHashMap<>(changes.currentDetails(buyer[0]));
        asked.put("phone", "021-64881234");
        asked.put("address", "上海市闵行区莘庄工业区春东路 508 号 3 号厂房");
        changes.request(buyer[0], buyer[1], asked);
    }

    /** buyer2 asked for another company name; manager2 rejected it with a reason. */
    private void rejectedRequest(long[] buyer2) {
        Map<String, String> asked = new java.util.LinkedHashMap<>(changes.currentDetails(buyer2[0]));
        asked.put("name", asked.get("name") + "（集团）");
        asked.put("website", "www.example-group.cn");
        long id = changes.request(buyer2[0], buyer2[1], asked);
        signIn("manager2");
        changes.reject(id, "公司名称变更需提供新的营业执照复印件，请上传后重新提交。", null);
    }

    /** manager shares the signed contract of buyer's latest delivered order with the customer. */
    private void shareContract(long customerId) {
        var order = jdbc.sql("""
                select id, number from sales_order where customer_id = ? and status in ('DELIVERED', 'COMPLETED')
                 order by case status when 'DELIVERED' then 0 else 1 end, order_date desc, id desc limit 1""")
                .param(customerId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional().orElse(null);
        if (order == null) {
            return;
        }
        long orderId = (Long) order[0];
        String number = (String) order[1];
        signIn("manager");
        var contract = orders.addContract(orderId, "contract-" + number + ".pdf", "application/pdf",
                DemoContractPdf.of("Purchase contract " + number));
        contracts.share(orderId, contract.id(), true);
    }

    private void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
