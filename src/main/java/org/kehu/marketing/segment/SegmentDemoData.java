package org.kehu.marketing.segment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kehu.analytics.CustomerRfmSegments;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's segments, market research and plans: the RFM segments scored from the demo orders first, then segments a
 * marketer would keep (lapsed customers in East China, the best active customers, this month's birthdays with consent,
 * the credit red list), three research records and two plans, one approved by the sales director.
 */
@Component
class SegmentDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final CustomerRfmSegments rfm;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    SegmentDemoData(JdbcClient jdbc, CustomerRfmSegments rfm, Clock clock) {
        this.jdbc = jdbc;
        this.rfm = rfm;
        this.clock = clock;
    }

    @Override
    public Step step() {
        return Step.MARKETING_SEGMENTS;
    }

    @Override
    public void load() {
        rfm.refresh();
        long marketing = user("marketing");
        long director = user("director");
        LocalDate today = LocalDate.now(clock);
        long lapsed = segment("华东沉睡的老客户", "上海、江苏、浙江三地 90 天未下单、RFM 为流失风险或沉睡的客户：唤醒活动的对象",
                Map.of("provinces", List.of("310000", "320000", "330000"),
                        "rfm", List.of("AT_RISK", "CANT_LOSE_THEM", "HIBERNATING"), "noOrderForDays", 90), marketing);
        segment("高价值活跃客户", "RFM 为冠军或忠诚、半年内下过单的客户：新品推介与 VIP 活动",
                Map.of("rfm", List.of("CHAMPIONS", "LOYAL_CUSTOMERS"), "orderedWithinDays", 180), marketing);
        long birthdays = segment("本月生日且同意营销的联系人", "生日在本月、同意接收营销且未退订的联系人",
                Map.of("contactBirthdayMonth", today.getMonthValue(), "contactConsent", true, "contactHasEmail", true),
                marketing);
        segment("信用红名单客户", "信用评级为红名单的客户：可给予更长账期的促销", Map.of("credit", List.of("RED_LIST")), marketing);

        research("华东地区数控机床用户需求调查", "QUESTIONNAIRE", today.minusMonths(7), today.minusMonths(6),
                "回收问卷 412 份。用户最关心交货期（68%）与售后响应速度（61%），价格敏感度低于预期；"
                        + "五轴加工中心的潜在需求集中在模具行业。", marketing);
        research("重点客户满意度深度访谈", "INTERVIEW", today.minusMonths(4), today.minusMonths(4).plusDays(20),
                "访谈 18 家重点客户。主要不满：备件到货慢、培训不足；建议建立区域备件库并提供季度上门培训。", marketing);
        research("2026 中国国际机床展竞品观察", "OBSERVATION", today.minusMonths(2), today.minusMonths(2).plusDays(4),
                "主要竞争对手均推出了带远程运维的新机型，报价比去年同档次低 5%–8%。", marketing);

        long approved = plan("老客户唤醒计划", "在一个季度内唤醒华东沉睡老客户中的 15%，带来不少于 80 万元订单。", lapsed,
                new String[] {"EMAIL", "PHONE"}, "60000", today.minusMonths(1), today.plusMonths(2), marketing);
        jdbc.sql("""
                update marketing_plan set status = 'APPROVED', decided_by = :d, decided_at = now() - interval '25 days',
                       version = version + 2 where id = :id""").param("d", director).param("id", approved).update();
        long submitted = plan("客户生日关怀与新品体验活动", "借生日关怀邀请联系人参加新品体验日，收集 50 条以上的试用反馈。",
                birthdays, new String[] {"EMAIL", "EVENT"}, "35000", today.plusDays(7), today.plusMonths(3), marketing);
        jdbc.sql("update marketing_plan set status = 'SUBMITTED', version = version + 1 where id = :id")
                .param("id", submitted).update();
    }

    private long user(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private long segment(String name, String description, Map<String, Object> criteria, long by) {
        String text = json.writeValueAsString(json.convertValue(criteria, SegmentCriteria.class));
        return jdbc.sql("""
                insert into marketing_segment(name, description, criteria, created_by, updated_by)
                values (:n, :d, cast(:c as jsonb), :u, :u) returning id""")
                .param("n", name).param("d", description).param("c", text).param("u", by).query(Long.class).single();
    }

    private void research(String topic, String method, LocalDate from, LocalDate to, String findings, long by) {
        jdbc.sql("""
                insert into marketing_research(topic, method, period_start, period_end, findings, created_by, updated_by)
                values (:t, :m, :f, :to, :x, :u, :u)""").param("t", topic).param("m", method).param("f", from)
                .param("to", to).param("x", findings).param("u", by).update();
    }

    private long plan(String name, String goal, long segment, String[] channels, String budget, LocalDate from,
            LocalDate to, long by) {
        return jdbc.sql("""
                insert into marketing_plan(name, goal, segment_id, channels, budget, period_start, period_end, created_by, updated_by)
                values (:n, :g, :s, :c, cast(:b as numeric), :f, :t, :u, :u) returning id""")
                .param("n", name).param("g", goal).param("s", segment).param("c", channels).param("b", budget)
                .param("f", from).param("t", to).param("u", by).query(Long.class).single();
    }
}
