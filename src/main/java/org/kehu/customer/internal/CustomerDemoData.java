package org.kehu.customer.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.customer.CustomerStatus;
import org.kehu.demo.EnterpriseGenerator;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.kehu.shared.PinyinInitials;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 320 customers of realistic Chinese enterprises over 15 provinces and municipalities, with 1–4 contacts each,
 * interactions over the last two years and their ownership history. Owned by {@code manager} and
 * {@code manager2}, a few by {@code director}. Deterministic (fixed seed) and written in batches.
 */
@Component
class CustomerDemoData implements DemoData {

    static final int CUSTOMERS = 320;
    private static final long SEED = 20260401L;

    private final JdbcTemplate jdbc;

    CustomerDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.CUSTOMERS;
    }

    private record Customer(String code, String name, EnterpriseGenerator.Place place, String industry, String nature,
            String group, String grade, String source, long ownerId, Long previousOwnerId, Instant createdAt,
            String phone, String tax) {
    }

    /**
     * A demo customer's creation: {@code daysBack} days before the day of {@code now} in China, at the given minute of
     * that day. The day must not depend on the time of day the demo is loaded: the demo orders are drawn only from a
     * customer's creation day on, so a creation day that moved with the hour (as "now less so many minutes" did)
     * changed which customer each later order went to, and with them the purchases the demo's lifetime value model
     * is fitted to (a fit that failed from 18:00 Beijing on, for one).
     */
    static Instant createdAt(Instant now, int daysBack, int minuteOfDay) {
        return now.atZone(BusinessTime.ZONE).toLocalDate().minusDays(daysBack).atStartOfDay(BusinessTime.ZONE)
                .plusMinutes(minuteOfDay).toInstant();
    }

    @Override
    public void load() {
        Map<String, Long> users = new HashMap<>();
        jdbc.query("select username, id from app_user", rs -> {
            users.put(rs.getString(1), rs.getLong(2));
        });
        long manager = users.get("manager");
        long manager2 = users.get("manager2");
        long director = users.get("director");
        EnterpriseGenerator gen = new EnterpriseGenerator(SEED);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int year = java.time.Year.now().getValue();

        List<Customer> customers = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; customers.size() < CUSTOMERS; i++) {
            EnterpriseGenerator.Place place;
            String name;
            String industry;
            if (i == 0) {
                // The name the pinyin search example uses (hbgs finds it).
                place = EnterpriseGenerator.PLACES.get(0);
                name = "湖北钢铁公司";
                industry = "STEEL";
            } else {
                place = gen.place();
                EnterpriseGenerator.Trade trade = gen.trade();
                name = gen.companyName(place, trade.word());
                industry = trade.industryCode();
            }
            if (!names.add(name)) {
                continue;
            }
            int n = customers.size();
            long owner = n % 20 == 7 ? director : n % 2 == 0 ? manager : manager2;
            Long previous = n % 9 == 4 ? (owner == manager ? manager2 : manager) : null;
            int daysBack = 30 + gen.random().nextInt(900);
            Instant created = createdAt(now, daysBack, gen.random().nextInt(24 * 60));
            // Every nature, group and grade occurs: the first ones cycle through them.
            String nature = n < 30 ? EnterpriseGenerator.NATURES.get(n % 6) : gen.nature();
            String group = n < 30 ? EnterpriseGenerator.GROUPS.get(n % 5) : gen.group();
            String grade = n < 30 ? EnterpriseGenerator.GRADES.get(n % 4) : gen.grade();
            customers.add(new Customer("KH%d%06d".formatted(year, 900_000 + n), name, place, industry, nature, group,
                    grade, gen.source(), owner, previous, created, gen.landline(place), gen.taxNumber()));
        }

        jdbc.batchUpdate("""
                insert into customer(code, name, name_initials, website, phone, province_code, city_code, address,
                    nature_code, group_code, industry_code, grade_code, owner_id, tax_number, source_code, status,
                    created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", customers, 200, (ps, c) -> {
            String initials = PinyinInitials.of(c.name());
            ps.setString(1, c.code());
            ps.setString(2, c.name());
            ps.setString(3, initials);
            ps.setString(4, "https://www." + initials + ".com.cn");
            ps.setString(5, c.phone());
            ps.setString(6, c.place().provinceCode());
            ps.setString(7, c.place().cityCode());
            ps.setString(8, c.place().cityName() + "市" + gen.pick(List.of("高新区", "经济开发区", "工业园区", "新区"))
                    + (1 + gen.random().nextInt(300)) + "号");
            ps.setString(9, c.nature());
            ps.setString(10, c.group());
            ps.setString(11, c.industry());
            ps.setString(12, c.grade());
            ps.setLong(13, c.ownerId());
            ps.setString(14, c.tax());
            ps.setString(15, c.source());
            ps.setString(16, ("HISTORICAL".equals(c.group()) ? CustomerStatus.LOST
                    : gen.random().nextInt(12) == 0 ? CustomerStatus.CHURN_WARNING : CustomerStatus.ACTIVE).name());
            ps.setLong(17, c.ownerId());
            ps.setTimestamp(18, Timestamp.from(c.createdAt()));
            ps.setTimestamp(19, Timestamp.from(c.createdAt().plus(gen.random().nextInt(25), ChronoUnit.DAYS)));
        });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from customer where code like ?", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        }, "KH" + year + "9%");
        // The demo codes sit above the numbering sequence's range so that new customers never collide.

        List<Object[]> contacts = new ArrayList<>();
        for (Customer c : customers) {
            String initials = PinyinInitials.of(c.name());
            int count = 1 + gen.random().nextInt(4);
            for (int k = 0; k < count; k++) {
                String person = gen.personName();
                contacts.add(new Object[] {ids.get(c.code()), person, gen.department(), k == 0 ? "采购经理" : gen.title(),
                        "CN", gen.mobile(), gen.landline(c.place()), gen.email(person, initials),
                        Date.valueOf(gen.birthday()), gen.random().nextInt(3) == 0 ? gen.hobby() : null, k == 0,
                        gen.random().nextInt(3) == 0});
            }
        }
        jdbc.batchUpdate("""
                insert into contact(customer_id, name, department, title, nationality_code, mobile, office_phone, email,
                    birthday, hobbies, is_primary, marketing_consent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                contacts);
        jdbc.update("""
                update customer c set main_contact_id = p.id from contact p
                 where p.customer_id = c.id and p.is_primary and c.code like ?""", "KH" + year + "9%");

        List<Object[]> interactions = new ArrayList<>();
        List<Object[]> ownership = new ArrayList<>();
        for (Customer c : customers) {
            long id = ids.get(c.code());
            int count = gen.random().nextInt(6);
            // Interactions fall in the last two years and never before the customer existed.
            Instant from = c.createdAt().isAfter(now.minus(730, ChronoUnit.DAYS)) ? c.createdAt() : now.minus(730, ChronoUnit.DAYS);
            long span = Math.max(1, java.time.Duration.between(from, now).toMinutes());
            for (int k = 0; k < count; k++) {
                Instant at = from.plus(gen.random().nextLong(span), ChronoUnit.MINUTES);
                String channel = gen.channel();
                interactions.add(new Object[] {id, Timestamp.from(at), "VISIT".equals(channel) ? c.place().cityName() + "客户公司" : null,
                        channel, gen.summary(), c.ownerId()});
            }
            if (c.previousOwnerId() != null) {
                Instant handover = c.createdAt().plus(10, ChronoUnit.DAYS);
                ownership.add(new Object[] {id, c.previousOwnerId(), Timestamp.from(c.createdAt()), Timestamp.from(handover), "初始分配", director});
                ownership.add(new Object[] {id, c.ownerId(), Timestamp.from(handover), null, "区域调整", director});
            } else {
                ownership.add(new Object[] {id, c.ownerId(), Timestamp.from(c.createdAt()), null, "新建客户", c.ownerId()});
            }
        }
        jdbc.batchUpdate("""
                insert into interaction(customer_id, occurred_at, place, channel_code, summary, recorded_by)
                values (?, ?, ?, ?, ?, ?)""", interactions);
        jdbc.update("""
                update interaction i set contact_id = c.main_contact_id from customer c
                 where c.id = i.customer_id and i.contact_id is null and c.code like ?""", "KH" + year + "9%");
        jdbc.batchUpdate("""
                insert into customer_ownership(customer_id, owner_id, from_at, to_at, reason, changed_by)
                values (?, ?, ?, ?, ?, ?)""", ownership);
        ContactConsentDemoData.load(jdbc, "KH" + year + "9%");
    }
}
