package org.kehu.marketing.campaign;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Six campaigns of the marketing user over the past year, one per channel and a second e-mail one: five run or
 * done with their costs, responses and opportunities, one still planned. The responders are demo customers who
 * placed an order a few days after responding, so that the campaigns have revenue within the attribution window
 * and the channel analysis has input and output to compare.
 */
@Component
class CampaignDemoData implements DemoData {

    private record Demo(String name, String channel, int startMonthsAgo, int days, String status, BigDecimal budget,
            String[][] costs, int responders, String description) {
    }

    private static final List<Demo> CAMPAIGNS = List.of(
            new Demo("春季新品推介邮件", "EMAIL", 11, 30, "DONE", new BigDecimal("20000"),
                    new String[][] {{"邮件模板设计", "3500"}, {"邮件发送服务", "1800"}}, 6,
                    "向老客户推介今年春季新品，附产品手册下载链接。"),
            new Demo("华东区电话回访促销", "PHONE", 9, 45, "DONE", new BigDecimal("30000"),
                    new String[][] {{"外呼坐席费用", "12000"}, {"促销礼品", "6500"}}, 5,
                    "对华东区半年未下单的客户电话回访，提供季度折扣。"),
            new Demo("上海国际工业博览会", "EVENT", 7, 5, "DONE", new BigDecimal("150000"),
                    new String[][] {{"展位费", "68000"}, {"展台搭建", "42000"}, {"差旅费", "15800"}}, 8,
                    "参加上海国际工业博览会，现场演示新型号设备。"),
            new Demo("行业杂志广告投放", "ADVERTISING", 5, 60, "DONE", new BigDecimal("80000"),
                    new String[][] {{"《现代制造》半版广告", "36000"}, {"网络横幅广告", "18000"}}, 3,
                    "在行业杂志与门户网站投放品牌广告。"),
            new Demo("秋季老客户答谢邮件", "EMAIL", 2, 40, "RUNNING", new BigDecimal("15000"),
                    new String[][] {{"邮件模板设计", "2800"}}, 4,
                    "感谢老客户的支持，邀请参加年终订货会。"),
            new Demo("年终订货会", "OTHER", -1, 3, "PLANNED", new BigDecimal("60000"),
                    new String[][] {}, 0,
                    "年终订货会，邀请重点客户到公司参观并洽谈明年订单。"));

    /** The mail of the demo e-mail campaigns, by name: merge fields and a link, as a user would write it. */
    private static final java.util.Map<String, String[]> MAILS = java.util.Map.of(
            "春季新品推介邮件", new String[] {"{{contact_name}}，春季新品已上市",
                    "尊敬的{{contact_name}}：\n\n{{company}}一直以来的支持，我们铭记在心。今年春季新品已经上市，产品手册请见"
                            + " https://www.kehu.org/spring 。\n\n如需报价，请直接回复本邮件。\n{{owner_name}}"},
            "秋季老客户答谢邮件", new String[] {"感谢{{company}}一年来的支持",
                    "尊敬的{{contact_name}}：\n\n感谢{{company}}一年来的信任与支持。诚邀您参加年终订货会，详情见"
                            + " https://www.kehu.org/thanks 。\n\n{{owner_name}} 敬上"});

    private final JdbcClient jdbc;

    CampaignDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.CAMPAIGNS;
    }

    @Override
    public void load() {
        Long marketing = jdbc.sql("select id from app_user where username = 'marketing'").query(Long.class).optional().orElse(null);
        if (marketing == null) {
            return;
        }
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        Instant now = Instant.now();
        for (Demo d : CAMPAIGNS) {
            LocalDate starts = today.minusMonths(d.startMonthsAgo()).withDayOfMonth(5);
            LocalDate ends = starts.plusDays(d.days());
            long id = jdbc.sql("""
                    insert into campaign(name, channel, owner_id, budget, starts_on, ends_on, status, description,
                                         created_by, created_at, updated_at)
                    values (:name, :channel, :owner, :budget, :starts, :ends, :status, :description, :owner, :created, :now)
                    returning id""")
                    .param("name", d.name()).param("channel", d.channel()).param("owner", marketing).param("budget", d.budget())
                    .param("starts", starts).param("ends", ends).param("status", d.status()).param("description", d.description())
                    .param("created", Timestamp.from(starts.minusDays(14).atStartOfDay(BusinessTime.ZONE).toInstant()))
                    .param("now", Timestamp.from(now))
                    .query(Long.class).single();
            String[] mail = MAILS.get(d.name());
            if (mail != null) {
                jdbc.sql("update campaign set mail_subject = :subject, mail_body = :body where id = :id")
                        .param("subject", mail[0]).param("body", mail[1]).param("id", id).update();
            }
            for (int i = 0; i < d.costs().length; i++) {
                LocalDate day = starts.plusDays(i * 3L);
                jdbc.sql("""
                        insert into campaign_cost(campaign_id, spent_on, item, amount, recorded_by, recorded_at)
                        values (:id, :day, :item, :amount, :by, :at)""")
                        .param("id", id).param("day", day.isAfter(today) ? today : day).param("item", d.costs()[i][0])
                        .param("amount", new BigDecimal(d.costs()[i][1])).param("by", marketing).param("at", Timestamp.from(now))
                        .update();
            }
            if (d.responders() > 0) {
                respond(id, starts, ends.isAfter(today) ? today : ends, d.responders(), marketing);
            }
        }
        claimOpportunities(marketing, now);
    }

    /**
     * The customers with a sale in the campaign's period (not yet responders of an earlier demo campaign) respond
     * with their primary contact three days before that sale, so that it falls within the attribution window.
     */
    private void respond(long campaignId, LocalDate from, LocalDate to, int count, long by) {
        jdbc.sql("""
                insert into campaign_response(campaign_id, customer_id, contact_id, responded_at, via, note, recorded_by)
                select :id, o.customer_id,
                       (select ct.id from contact ct where ct.customer_id = o.customer_id order by ct.is_primary desc, ct.id limit 1),
                       ((greatest(min(o.order_date) - 3, :from)) + time '10:30') at time zone 'Asia/Shanghai',
                       'STAFF', '对活动内容感兴趣，索取报价', :by
                  from sales_order o
                 where o.order_date between :from and :to
                   and o.status in ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')
                   and not exists (select 1 from campaign_response r where r.customer_id = o.customer_id)
                 group by o.customer_id
                 order by o.customer_id
                 limit :count""")
                .param("id", campaignId).param("from", from).param("to", to).param("count", count).param("by", by)
                .update();
    }

    /** The demo opportunities whose source is a campaign go to the done campaigns, in turn. */
    private void claimOpportunities(long by, Instant now) {
        List<Long> campaigns = jdbc.sql("select id from campaign where status = 'DONE' order by id").query(Long.class).list();
        if (campaigns.isEmpty()) {
            return;
        }
        List<Long> opportunities = jdbc.sql("select id from opportunity where source_code = 'CAMPAIGN' order by id limit 12")
                .query(Long.class).list();
        for (int i = 0; i < opportunities.size(); i++) {
            jdbc.sql("""
                    insert into campaign_opportunity(campaign_id, opportunity_id, linked_by, linked_at)
                    values (:campaign, :opportunity, :by, :at)""")
                    .param("campaign", campaigns.get(i % campaigns.size())).param("opportunity", opportunities.get(i))
                    .param("by", by).param("at", Timestamp.from(now)).update();
        }
    }
}
