package org.kehu.marketing.care;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kehu.identity.OwnerScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out which greetings are due on a day, for any day past or future, in sets (one query per occasion):
 * <ul>
 * <li>birthdays of contacts ({@code contact.birthday}); a birthday on 29 February is greeted on 28 February in
 * other years: a day early is a kind thought, a day late looks like forgetting (生日宁早不晚);</li>
 * <li>festivals ({@link Festival}, the ones {@link CareSettings} names), for each customer's main contact;</li>
 * <li>the anniversary of becoming a customer, for the main contact: the customer is one "since" the earlier of
 * its creation and its first order (as the loyalty rating reads it), from the first full year on; a 29 February
 * start follows the birthday rule.</li>
 * </ul>
 * Contacts who opted out of marketing ({@code contact.opted_out_at}) and contacts without an e-mail address are
 * left out. Read straight from the customer and order tables: a read model of their records, as segments are.
 */
@Component
class DueGreetings {

    /** The main contact, or the contact marked primary where the customer has no main contact set. */
    private static final String MAIN_CONTACT = "(ct.id = c.main_contact_id or (c.main_contact_id is null and ct.is_primary))";
    private static final String REACHABLE = " ct.opted_out_at is null and coalesce(ct.email, '') <> '' ";
    private static final String SCOPE = " (:all or c.owner_id = any(:owners)) ";
    private static final String COLUMNS = """
            ct.id as contact_id, ct.name as contact_name, ct.email, c.id as customer_id, c.name as customer_name, c.owner_id
            """;

    private final JdbcClient jdbc;
    private final CareSettings settings;

    DueGreetings(JdbcClient jdbc, CareSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    List<DueGreeting> on(LocalDate date, OwnerScope scope) {
        List<DueGreeting> due = new ArrayList<>();
        due.addAll(birthdays(date, scope));
        festival(date).ifPresent(f -> due.addAll(festival(date, Occasion.of(f), scope)));
        due.addAll(anniversaries(date, scope));
        return due;
    }

    /** The greeted festival on the day, if any. */
    Optional<Festival> festival(LocalDate date) {
        return settings.festivals().stream().filter(f -> f.in(date.getYear()).equals(date)).findFirst();
    }

    private List<DueGreeting> birthdays(LocalDate date, OwnerScope scope) {
        return jdbc.sql("select " + COLUMNS + """
                  from contact ct join customer c on c.id = ct.customer_id
                 where ct.birthday is not null and""" + REACHABLE + "and" + SCOPE + """
                   and (to_char(ct.birthday, 'MM-DD') = :md or (:leapDayToo and to_char(ct.birthday, 'MM-DD') = '02-29'))
                 order by c.owner_id, c.name, ct.name, ct.id""")
                .params(params(date, scope))
                .query((rs, n) -> new DueGreeting(date, Occasion.BIRTHDAY, null, rs.getLong("contact_id"),
                        rs.getString("contact_name"), rs.getString("email"), rs.getLong("customer_id"),
                        rs.getString("customer_name"), (Long) rs.getObject("owner_id", Long.class)))
                .list();
    }

    private List<DueGreeting> festival(LocalDate date, Occasion occasion, OwnerScope scope) {
        return jdbc.sql("select " + COLUMNS + """
                  from customer c join contact ct on ct.customer_id = c.id and""" + " " + MAIN_CONTACT + """
                 where c.status <> 'LOST' and""" + REACHABLE + "and" + SCOPE + """
                 order by c.owner_id, c.name, ct.id""")
                .params(params(date, scope))
                .query((rs, n) -> new DueGreeting(date, occasion, null, rs.getLong("contact_id"),
                        rs.getString("contact_name"), rs.getString("email"), rs.getLong("customer_id"),
                        rs.getString("customer_name"), (Long) rs.getObject("owner_id", Long.class)))
                .list();
    }

    private List<DueGreeting> anniversaries(LocalDate date, OwnerScope scope) {
        return jdbc.sql("select " + COLUMNS + """
                     , :year - extract(year from s.since)::int as years
                  from customer c
                  cross join lateral (select least((c.created_at at time zone 'Asia/Shanghai')::date,
                                             (select min(o.order_date) from sales_order o where o.customer_id = c.id)) as since) s
                  join contact ct on ct.customer_id = c.id and""" + " " + MAIN_CONTACT + """
                 where c.status <> 'LOST' and""" + REACHABLE + "and" + SCOPE + """
                   and extract(year from s.since) < :year
                   and (to_char(s.since, 'MM-DD') = :md or (:leapDayToo and to_char(s.since, 'MM-DD') = '02-29'))
                 order by c.owner_id, c.name, ct.id""")
                .params(params(date, scope))
                .query((rs, n) -> new DueGreeting(date, Occasion.ANNIVERSARY, rs.getInt("years"), rs.getLong("contact_id"),
                        rs.getString("contact_name"), rs.getString("email"), rs.getLong("customer_id"),
                        rs.getString("customer_name"), (Long) rs.getObject("owner_id", Long.class)))
                .list();
    }

    private static Map<String, Object> params(LocalDate date, OwnerScope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("md", String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth()));
        p.put("leapDayToo", isStandInForLeapDay(date));
        p.put("year", date.getYear());
        p.put("all", scope.all());
        p.put("owners", scope.ownerIdArray());
        return p;
    }

    /** 28 February of a year without a 29th: the day that greets those born (or become customers) on a 29th. */
    static boolean isStandInForLeapDay(LocalDate date) {
        return MonthDay.from(date).equals(MonthDay.of(2, 28)) && !Year.isLeap(date.getYear());
    }
}
