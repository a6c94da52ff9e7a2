package org.kehu.marketing.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.marketing.MarketingChannel;
import org.kehu.marketing.SqlSet;
import org.kehu.marketing.TouchSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate's rules on the real database: consent, opt-out (which consent given again by staff does not lift),
 * a missing address, and the monthly cap, counted in Asia/Shanghai calendar months; care touches need no consent
 * and do not count.
 */
@SpringBootTest
@Transactional
class MarketingGateTests {

    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReachSettings settings;
    @Autowired
    MarketingTouches touches;

    long customerId;

    @BeforeEach
    void aCustomer() {
        customerId = jdbc.sql("""
                insert into customer(code, name, name_initials, owner_id)
                values ('KHGATE' || floor(random() * 1e9)::bigint, '闸门测试电子有限公司', 'zmcsdzyxgs',
                        (select id from app_user where username = 'manager')) returning id""").query(Long.class).single();
        assertThat(customerId).isGreaterThan(127);
    }

    long contact(String name, boolean consent, String email, Instant optedOut) {
        return jdbc.sql("""
                insert into contact(customer_id, name, email, marketing_consent, opted_out_at, opt_out_via)
                values (:c, :n, :e, :consent, :out, :via) returning id""")
                .param("c", customerId).param("n", name).param("e", email).param("consent", consent)
                .param("out", optedOut == null ? null : Timestamp.from(optedOut))
                .param("via", optedOut == null ? null : "UNSUBSCRIBE_LINK").query(Long.class).single();
    }

    SetBasedMarketingGate gateAt(String instant) {
        return new SetBasedMarketingGate(named, settings, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    static SqlSet only(Long... ids) {
        return new SqlSet("select unnest(cast(:ids as bigint[])) as contact_id", Map.of("ids", ids));
    }

    void cap(int cap) {
        jdbc.sql("update marketing_reach_setting set monthly_cap = :cap").param("cap", cap).update();
    }

    @Test
    void holdsBackContactsWithoutConsentOptedOutOrWithoutAddressAndSaysWhy() {
        long willing = contact("王愿意", true, "wang.yuanyi@example.cn", null);
        long unasked = contact("李未问", false, "li.weiwen@example.cn", null);
        long optedOut = contact("赵退订", false, "zhao.tuiding@example.cn", Instant.parse("2026-10-01T02:00:00Z"));
        long noMail = contact("钱无邮", true, null, null);
        long badMail = contact("孙错邮", true, "sun.cuoyou@", null);

        GateOutcome outcome = gateAt("2026-12-07T02:00:00Z").admit(TouchSource.campaign(9001), MarketingChannel.EMAIL,
                TouchPurpose.MARKETING, only(willing, unasked, optedOut, noMail, badMail, willing));

        assertThat(outcome).isEqualTo(new GateOutcome(1, 1, 1, 0, 2));
        assertThat(decisions(9001)).containsExactlyInAnyOrderEntriesOf(Map.of(willing, "ADMITTED", unasked, "NO_CONSENT",
                optedOut, "OPTED_OUT", noMail, "NO_ADDRESS", badMail, "NO_ADDRESS"));
    }

    @Test
    void consentGivenAgainByStaffDoesNotLiftAnOptOut() {
        long contact = contact("周再许", true, "zhou.zaixu@example.cn", Instant.parse("2026-11-20T08:00:00Z"));

        assertThat(gateAt("2026-12-07T02:00:00Z").admitOne(TouchSource.campaign(9002), MarketingChannel.EMAIL,
                TouchPurpose.MARKETING, contact)).isFalse();
        assertThat(decisions(9002)).containsEntry(contact, "OPTED_OUT");
        assertThat(gateAt("2026-12-07T02:00:00Z").admitOne(new TouchSource(TouchSource.GREETING, 9002), MarketingChannel.EMAIL,
                TouchPurpose.CARE, contact)).as("an opt-out closes greetings too").isFalse();
    }

    @Test
    void admitsUpToTheCapAndHoldsBackTheTouchAfterItExactlyAtTheCap() {
        cap(2);
        long contact = contact("吴上限", true, "wu.shangxian@example.cn", null);
        SetBasedMarketingGate gate = gateAt("2026-12-07T02:00:00Z");

        assertThat(gate.admitOne(TouchSource.campaign(9011), MarketingChannel.EMAIL, TouchPurpose.MARKETING, contact)).isTrue();
        assertThat(gate.admitOne(TouchSource.campaign(9012), MarketingChannel.PHONE, TouchPurpose.MARKETING, contact))
                .as("a call needs a phone number").isFalse();
        jdbc.sql("update contact set mobile = '13800138000' where id = :id").param("id", contact).update();
        assertThat(gate.admitOne(TouchSource.campaign(9013), MarketingChannel.PHONE, TouchPurpose.MARKETING, contact)).isTrue();
        GateOutcome third = gate.admit(TouchSource.campaign(9014), MarketingChannel.EMAIL, TouchPurpose.MARKETING, only(contact));

        assertThat(third).isEqualTo(new GateOutcome(0, 0, 0, 1, 0));
        assertThat(decisions(9014)).containsEntry(contact, "CAP");
    }

    @Test
    void countsTheCapPerCalendarMonthInShanghaiTime() {
        cap(1);
        long contact = contact("郑月界", true, "zheng.yuejie@example.cn", null);

        // 2026-11-30 23:59:59 in Shanghai: November's touch.
        assertThat(gateAt("2026-11-30T15:59:59Z").admitOne(TouchSource.campaign(9021), MarketingChannel.EMAIL,
                TouchPurpose.MARKETING, contact)).isTrue();
        // 2026-12-01 00:00 in Shanghai, still November 30 in UTC: a new month, so admitted.
        assertThat(gateAt("2026-11-30T16:00:00Z").admitOne(TouchSource.campaign(9022), MarketingChannel.EMAIL,
                TouchPurpose.MARKETING, contact)).isTrue();
        // December 1 in UTC as well: December's one touch is taken.
        assertThat(gateAt("2026-12-01T02:00:00Z").admitOne(TouchSource.campaign(9023), MarketingChannel.EMAIL,
                TouchPurpose.MARKETING, contact)).isFalse();
        assertThat(decisions(9023)).containsEntry(contact, "CAP");
    }

    @Test
    void careNeedsNoConsentAndDoesNotCountTowardsTheCap() {
        cap(1);
        long unasked = contact("冯关怀", false, "feng.guanhuai@example.cn", null);
        long willing = contact("陈生日", true, "chen.shengri@example.cn", null);
        SetBasedMarketingGate gate = gateAt("2026-12-07T02:00:00Z");

        GateOutcome greeting = gate.admit(new TouchSource(TouchSource.GREETING, 9031), MarketingChannel.EMAIL, TouchPurpose.CARE,
                only(unasked, willing));
        GateOutcome campaign = gate.admit(TouchSource.campaign(9032), MarketingChannel.EMAIL, TouchPurpose.MARKETING,
                only(unasked, willing));

        assertThat(greeting).isEqualTo(new GateOutcome(2, 0, 0, 0, 0));
        assertThat(campaign).as("the greeting left the month's one marketing touch free").isEqualTo(new GateOutcome(1, 1, 0, 0, 0));
    }

    @Test
    void decidesOnceForTheSameSourceSoThatARetriedSendTouchesNoOneTwice() {
        cap(1);
        long contact = contact("褚重发", true, "chu.chongfa@example.cn", null);
        SetBasedMarketingGate gate = gateAt("2026-12-07T02:00:00Z");

        assertThat(gate.admit(TouchSource.campaign(9041), MarketingChannel.EMAIL, TouchPurpose.MARKETING, only(contact)).admitted())
                .isEqualTo(1);
        assertThat(gate.admit(TouchSource.campaign(9041), MarketingChannel.EMAIL, TouchPurpose.MARKETING, only(contact)))
                .isEqualTo(new GateOutcome(0, 0, 0, 0, 0));
        assertThat(gate.admitOne(TouchSource.campaign(9041), MarketingChannel.EMAIL, TouchPurpose.MARKETING, contact))
                .as("its first decision stands").isTrue();
        assertThat(touches.totals(TouchSource.campaign(9041))).isEqualTo(new GateOutcome(1, 0, 0, 0, 0));
    }

    @Test
    @WithUserDetails("marketing")
    void listsWhatASourceHeldBackWithTheReasonPerContact() {
        cap(1);
        long capped = contact("卫已满", true, "wei.yiman@example.cn", null);
        long unasked = contact("蒋未许", false, "jiang.weixu@example.cn", null);
        SetBasedMarketingGate gate = gateAt("2026-12-07T02:00:00Z");
        gate.admitOne(TouchSource.campaign(9051), MarketingChannel.EMAIL, TouchPurpose.MARKETING, capped);

        gate.admit(TouchSource.campaign(9052), MarketingChannel.EMAIL, TouchPurpose.MARKETING, only(capped, unasked));

        var page = touches.heldBack(TouchSource.campaign(9052), null, null, 50);
        assertThat(page.items()).extracting(HeldBackContact::contactName, HeldBackContact::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("卫已满", TouchDecision.CAP),
                        org.assertj.core.groups.Tuple.tuple("蒋未许", TouchDecision.NO_CONSENT));
        assertThat(touches.heldBack(TouchSource.campaign(9052), TouchDecision.CAP, null, 50).items())
                .extracting(HeldBackContact::contactId).containsExactly(capped);
    }

    Map<Long, String> decisions(long campaignId) {
        Map<Long, String> m = new java.util.HashMap<>();
        jdbc.sql("select contact_id, outcome from marketing_touch where source_kind = 'CAMPAIGN' and source_id = :id")
                .param("id", campaignId).query(rs -> {
                    m.put(rs.getLong(1), rs.getString(2));
                });
        return m;
    }
}
