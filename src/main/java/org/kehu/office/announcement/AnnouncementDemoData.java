package org.kehu.office.announcement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announcements of the demo: to everyone (one must-read, confirmed by some and waiting on the others' home pages), to
 * the sales department (which includes its East China group, not South China) and to customer service, one in
 * Markdown, one whose publish period is over; some already read.
 */
@Component
class AnnouncementDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final Clock clock;

    AnnouncementDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Step step() {
        return Step.TASKS;
    }

    @Override
    public void load() {
        Map<String, Long> users = new HashMap<>();
        jdbc.sql("select username, id from app_user").query(rs -> {
            users.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Long> departments = new HashMap<>();
        jdbc.sql("select code, id from department").query(rs -> {
            departments.put(rs.getString(1), rs.getLong(2));
        });
        if (!users.containsKey("admin") || !users.containsKey("director") || !departments.containsKey("SALES")) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        Instant now = clock.instant();

        long holiday = insert("关于 2027 年春节放假安排的通知", """
                各部门：
                根据国家法定节假日安排，2027 年春节放假时间为 2 月 5 日至 2 月 11 日，共 7 天；2 月 12 日正常上班。
                放假前请各位客户经理与重点客户确认节前交货和回款安排，客服部安排值班人员处理紧急工单。
                请全体员工阅读后点击“我已阅读”确认。""", AnnouncementFormat.TEXT, true, true, today.minusDays(3),
                today.plusDays(40), users.get("executive"), now.minus(Duration.ofDays(3)));
        long upgrade = insert("CRM 系统升级完成", """
                CRM 已升级到新版本：新增 **公告** 和 **短信** 功能，客户页面加载更快。

                - 公告：首页显示必读公告，阅读后请确认
                - 短信：右上角信封图标显示未读短信数
                - 遇到问题请联系系统管理员""", AnnouncementFormat.MARKDOWN, true, false, today.minusDays(10), null,
                users.get("admin"), now.minus(Duration.ofDays(10)));
        long sprint = insert("十二月销售冲刺方案", """
                ## 目标
                本月回款目标较上月提高 **15%**，重点跟进报价阶段的商机。

                ## 安排
                1. 每周一上午过一遍各自的商机漏斗
                2. 报价超过 7 天未回复的客户，当周内安排电话回访
                3. 年度框架协议客户由销售主管陪同拜访""", AnnouncementFormat.MARKDOWN, false, false, today.minusDays(5),
                today.plusDays(25), users.get("director"), now.minus(Duration.ofDays(5)));
        audience(sprint, departments.get("SALES"));
        Long serviceLead = users.getOrDefault("servicelead", users.get("admin"));
        long rota = insert("客服值班表调整", """
                下周起客服热线值班时间调整为 8:00–20:00，周六安排两人值班。
                具体排班见共享日历，有冲突请在周五前找孙强调换。""", AnnouncementFormat.TEXT, false, false,
                today.minusDays(2), today.plusDays(12), serviceLead, now.minus(Duration.ofDays(2)));
        audience(rota, departments.get("SERVICE"));
        insert("国庆节值班安排", "国庆节期间（10 月 1 日至 7 日）各部门值班安排已发至各部门负责人，请按表执行。",
                AnnouncementFormat.TEXT, true, false, today.minusDays(75), today.minusDays(60), users.get("admin"),
                now.minus(Duration.ofDays(75)));

        // Some have read and confirmed the must-read one; manager, manager2 and marketing still find it on their home page.
        for (String who : List.of("executive", "director", "servicelead", "admin")) {
            read(holiday, users.get(who), now.minus(Duration.ofDays(2)), true);
        }
        read(holiday, users.get("service"), now.minus(Duration.ofDays(1)), false);
        for (String who : List.of("director", "manager", "service", "executive")) {
            read(upgrade, users.get(who), now.minus(Duration.ofDays(8)), false);
        }
        read(sprint, users.get("director"), now.minus(Duration.ofDays(5)), false);
        read(rota, users.get("servicelead"), now.minus(Duration.ofDays(2)), false);
    }

    private long insert(String title, String body, AnnouncementFormat format, boolean everyone, boolean mustRead,
            LocalDate from, LocalDate until, long author, Instant at) {
        return jdbc.sql("""
                insert into announcement(title, body, body_format, to_everyone, must_read, published_from, published_until,
                                         author_id, created_at, updated_at)
                values (:title, :body, :format, :everyone, :must, :from, :until, :author, :at, :at) returning id""")
                .param("title", title).param("body", body.strip()).param("format", format.name())
                .param("everyone", everyone).param("must", mustRead).param("from", Date.valueOf(from))
                .param("until", until == null ? null : Date.valueOf(until)).param("author", author)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    private void audience(long announcement, Long department) {
        if (department != null) {
            jdbc.sql("insert into announcement_department(announcement_id, department_id) values (:a, :d)")
                    .param("a", announcement).param("d", department).update();
        }
    }

    private void read(long announcement, Long user, Instant at, boolean confirmed) {
        if (user == null) {
            return;
        }
        jdbc.sql("""
                insert into announcement_read(announcement_id, user_id, read_at, confirmed_at) values (:a, :u, :at, :confirmed)""")
                .param("a", announcement).param("u", user).param("at", Timestamp.from(at))
                .param("confirmed", confirmed ? Timestamp.from(at) : null).update();
    }
}
