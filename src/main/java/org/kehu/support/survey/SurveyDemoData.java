package org.kehu.support.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Satisfaction surveys with questions, invitations to demo contacts and their answers, and follow-up visits
 * done, due and planned. The invitations' mail sits in the outbox (nothing is sent); its links work, so a
 * visitor of the demo can open one from the outbox page and answer.
 */
@Component
class SurveyDemoData implements DemoData {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] CHANNELS = {"展会", "老客户推荐", "网站", "销售拜访", "行业媒体"};
    private static final String[] PRAISE = {"交货准时，质量稳定。", "客服响应很快，工程师很专业。", "希望价格再优惠一些。",
            "说明书可以再详细一点。", "售后上门及时，问题当天解决。", "希望增加线上订单查询。", "整体满意，继续合作。"};
    private static final String[] RESULTS = {"客户对维修结果满意，设备运行正常。", "客户反映响应稍慢，已转告服务主管。",
            "客户表示问题已解决，希望定期保养。", "电话未接通，改日再联系后已完成回访。", "客户建议增加备件库存，已记录。"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SurveyDemoData(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Step step() {
        return Step.SURVEYS;
    }

    private record Contact(long id, long customerId, String name, String email, String customerName) {
    }

    @Override
    public void load() {
        Random random = new Random(70);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZONE);
        long lead = user("servicelead");
        long staff = user("service");
        long marketing = user("marketing");
        List<Contact> contacts = jdbc.sql("""
                select ct.id, ct.customer_id, ct.name, ct.email, c.name as customer_name
                  from contact ct join customer c on c.id = ct.customer_id
                 where ct.email is not null and c.id in (select id from customer order by id limit 60)
                 order by ct.id""").query(Contact.class).list();

        long annual = survey("2025年度客户满意度调查", "感谢您一年来的支持！请花几分钟告诉我们您的感受，帮助我们改进产品与服务。",
                today.plusDays(45), marketing, now.minus(Duration.ofDays(20)));
        List<Long> annualQ = List.of(
                question(annual, 1, "SCALE", "您对我公司的总体满意度如何？", null),
                question(annual, 2, "SCALE", "您对产品质量的满意度如何？", null),
                question(annual, 3, "CHOICE", "您最初是通过什么渠道了解我们的？", String.join("\n", CHANNELS)),
                question(annual, 4, "TEXT", "您对我们还有什么意见或建议？", null));
        long service = survey("售后服务满意度回访", "您最近接受了我们的售后服务，请对本次服务进行评价。",
                today.minusDays(3), lead, now.minus(Duration.ofDays(40)));
        List<Long> serviceQ = List.of(
                question(service, 1, "SCALE", "服务人员的响应速度", null),
                question(service, 2, "SCALE", "问题是否得到彻底解决", null),
                question(service, 3, "CHOICE", "服务人员的态度", "非常好\n好\n一般\n差"),
                question(service, 4, "TEXT", "其他意见", null));
        long draft = survey("2026年新产品需求调研", "我们正在规划2026年的新产品，想听听您的需求。", today.plusDays(90), marketing, now);
        question(draft, 1, "CHOICE", "您最关心新产品的哪一方面？", "价格\n能效\n智能化\n交货期");
        question(draft, 2, "TEXT", "您希望我们开发什么产品？", null);

        invite(annual, annualQ, contacts.subList(0, Math.min(45, contacts.size())), now.minus(Duration.ofDays(19)), marketing,
                random, 0.65, "2025年度客户满意度调查", today.plusDays(45));
        invite(service, serviceQ, contacts.subList(Math.min(45, contacts.size()), contacts.size()), now.minus(Duration.ofDays(39)),
                lead, random, 0.8, "售后服务满意度回访", today.minusDays(3));
        sent(annual, now.minus(Duration.ofDays(19)));
        sent(service, now.minus(Duration.ofDays(39)));
        followUps(random, today, now, lead, staff);
    }

    private void invite(long survey, List<Long> questions, List<Contact> contacts, Instant sentAt, long by, Random random,
            double answerRate, String title, LocalDate expiresOn) {
        List<Object[]> invitations = new ArrayList<>();
        List<Object[]> mails = new ArrayList<>();
        for (Contact c : contacts) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Instant answered = random.nextDouble() < answerRate ? sentAt.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 10))) : null;
            invitations.add(new Object[] {survey, c.customerId(), c.customerName(), c.id(), c.name(), c.email(), sha256(token),
                    Timestamp.from(sentAt), by, answered == null ? null : Timestamp.from(answered)});
            String link = "http://localhost:8080/s/" + token;
            String text = c.name() + "，您好：\n\n诚邀您参加“" + title + "”，只需几分钟，截止日期为 " + expiresOn + "。\n\n" + link
                    + "\n\n此链接为您专属，只能提交一次。\n";
            String html = "<p>" + c.name() + "，您好：</p><p>诚邀您参加“" + title + "”，只需几分钟，截止日期为 " + expiresOn
                    + "。</p><p><a href=\"" + link + "\">填写调查</a></p>";
            mails.add(new Object[] {c.email(), title, html, text, Timestamp.from(sentAt)});
        }
        template.batchUpdate("""
                insert into survey_invitation(survey_id, customer_id, customer_name, contact_id, contact_name, email, token_hash,
                                              sent_at, sent_by, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", invitations);
        template.batchUpdate("insert into mail_message(recipient, subject, html_body, text_body, created_at) values (?, ?, ?, ?, ?)", mails);
        List<Long> answeredIds = jdbc.sql("select id from survey_invitation where survey_id = :s and answered_at is not null order by id")
                .param("s", survey).query(Long.class).list();
        String[] options = jdbc.sql("select options from survey_question where id = :q").param("q", questions.get(2))
                .query(String.class).single().split("\n");
        List<Object[]> answers = new ArrayList<>();
        for (Long invitation : answeredIds) {
            int mood = 2 + random.nextInt(4);
            answers.add(new Object[] {invitation, questions.get(0), Math.max(1, Math.min(5, mood + random.nextInt(2))), null, null});
            answers.add(new Object[] {invitation, questions.get(1), Math.max(1, Math.min(5, mood - random.nextInt(2))), null, null});
            answers.add(new Object[] {invitation, questions.get(2), null, options[random.nextInt(options.length)], null});
            if (random.nextInt(3) > 0) {
                answers.add(new Object[] {invitation, questions.get(3), null, null, PRAISE[random.nextInt(PRAISE.length)]});
            }
        }
        template.batchUpdate("insert into survey_answer(invitation_id, question_id, scale_value, choice, text_value) values (?, ?, ?, ?, ?)",
                answers);
    }

    private void followUps(Random random, LocalDate today, Instant now, long lead, long staff) {
        List<long[]> customers = jdbc.sql("select id, coalesce(main_contact_id, 0) from customer order by id limit 120")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        // A visit about a ticket names a real one: the customer's latest ticket archived before the visit's day.
        Map<Long, List<Object[]>> archived = new HashMap<>();
        jdbc.sql("select customer_id, number, archived_at from ticket where archived_at is not null order by archived_at desc")
                .query((rs, i) -> archived.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Object[] {rs.getString(2), rs.getTimestamp(3).toInstant()}))
                .list();
        String[] methods = {"PHONE", "PHONE", "PHONE", "VISIT", "MAIL"};
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (long[] c : customers) {
            // Past visits are done (a few left overdue), later ones planned; every other one assigned to the staff member.
            int offset = -90 + n * 120 / customers.size();
            LocalDate planned = today.plusDays(offset);
            if (planned.getDayOfWeek() == DayOfWeek.SATURDAY || planned.getDayOfWeek() == DayOfWeek.SUNDAY) {
                planned = planned.plusDays(2);
            }
            boolean done = planned.isBefore(today) && n % 9 != 0;
            Long assignee = n % 5 == 4 ? null : (n % 2 == 0 ? staff : lead);
            if (done && assignee == null) {
                assignee = staff;
            }
            Instant doneAt = done ? planned.atTime(LocalTime.of(10 + random.nextInt(7), random.nextInt(60))).atZone(ZONE).toInstant() : null;
            Instant visitDay = planned.atStartOfDay(ZONE).toInstant();
            String ticket = n % 3 != 0 ? null : archived.getOrDefault(c[0], List.of()).stream()
                    .filter(t -> ((Instant) t[1]).isBefore(visitDay)).map(t -> (String) t[0]).findFirst().orElse(null);
            rows.add(new Object[] {c[0], c[1] == 0 ? null : c[1], ticket, Date.valueOf(planned), assignee, methods[n % methods.length],
                    ticket == null ? "年度例行回访" : null, done ? RESULTS[random.nextInt(RESULTS.length)] : null,
                    done ? 2 + random.nextInt(4) : null, doneAt == null ? null : Timestamp.from(doneAt), done ? assignee : null,
                    lead, Timestamp.from(now.minus(Duration.ofDays(100 - n / 2)))});
            n++;
        }
        template.batchUpdate("""
                insert into follow_up(customer_id, contact_id, ticket_number, planned_on, assignee_id, method, note, result,
                                      satisfaction, done_at, done_by, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void sent(long survey, Instant at) {
        jdbc.sql("update survey set first_sent_at = :at where id = :id").param("at", Timestamp.from(at)).param("id", survey).update();
    }

    private long survey(String title, String intro, LocalDate expiresOn, long by, Instant at) {
        return jdbc.sql("""
                insert into survey(title, intro, language, expires_on, created_by, created_at, updated_at)
                values (:title, :intro, 'zh', :expires, :by, :at, :at) returning id""")
                .param("title", title).param("intro", intro).param("expires", Date.valueOf(expiresOn)).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    private long question(long survey, int position, String kind, String text, String options) {
        return jdbc.sql("""
                insert into survey_question(survey_id, position, kind, text, options, required)
                values (:s, :p, :k, :t, :o, :r) returning id""")
                .param("s", survey).param("p", position).param("k", kind).param("t", text).param("o", options)
                .param("r", !"TEXT".equals(kind)).query(Long.class).single();
    }

    private long user(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
