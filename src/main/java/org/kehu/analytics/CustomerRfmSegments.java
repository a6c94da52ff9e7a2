package org.kehu.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.kehu.analytics.report.RfmSegmentSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every customer's RFM segment as a read model ({@code analytics_customer_rfm}), scored as the RFM report scores
 * (ntile(5) of recency, frequency and monetary value, named by the same map) but over the whole company and the
 * {@value #WINDOW_DAYS} days up to the scoring day, so that a customer's segment does not depend on who looks.
 * Marketing segments filter on it; a customer without a purchase in the window has none.
 */
@Service
public class CustomerRfmSegments {

    /** The days of purchases scored. */
    public static final int WINDOW_DAYS = 365;

    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerRfmSegments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The segments' names, from the best customers down. */
    public List<String> names() {
        return RfmSegmentSql.names();
    }

    /** The message key of a segment's label. */
    public String labelKey(String name) {
        return RfmSegmentSql.labelKey(name);
    }

    /** Scores every customer again on the purchases of the window up to today; answers how many have a segment. */
    @Transactional
    public int refresh() {
        return refresh(LocalDate.now(clock));
    }

    /** Scores every customer on the purchases of the {@value #WINDOW_DAYS} days up to {@code day}. */
    @Transactional
    public int refresh(LocalDate day) {
        jdbc.sql("delete from analytics_customer_rfm").update();
        return jdbc.sql("""
                insert into analytics_customer_rfm(customer_id, r, f, m, segment, last_day, scored_on, province_code,
                                                   last_purchase_day)
                with per as (
                    select customer_id, max(day) as last_day, count(*) as frequency, sum(amount) as monetary
                      from analytics_purchase_day where day > :from and day <= :day group by customer_id),
                scored as (
                    select per.*, ntile(5) over (order by last_day, customer_id) as r,
                           ntile(5) over (order by frequency, customer_id) as f,
                           ntile(5) over (order by monetary, customer_id) as m
                      from per)
                select s.customer_id, s.r, s.f, s.m, %s, s.last_day, :day, c.province_code,
                       (select max(p.day) from analytics_purchase_day p where p.customer_id = s.customer_id)
                  from scored s left join customer c on c.id = s.customer_id
                """.formatted(RfmSegmentSql.segmentCase("s.r", "s.f", "s.m")))
                .param("from", day.minusDays(WINDOW_DAYS)).param("day", day).update();
    }

    /**
     * Follows a customer's province onto his RFM row, so that a segment by region and RFM segment reads one index
     * range of the read model (a change made by SQL, without the event, is taken up by the nightly scoring).
     */
    @Transactional
    public void followProvince(long customerId) {
        jdbc.sql("""
                update analytics_customer_rfm r set province_code = c.province_code from customer c
                 where c.id = r.customer_id and r.customer_id = :id and r.province_code is distinct from c.province_code""")
                .param("id", customerId).update();
    }

    /** Whether any customer has been scored (an empty read model is refreshed on first use). */
    public boolean scored() {
        return jdbc.sql("select exists (select 1 from analytics_customer_rfm)").query(Boolean.class).single();
    }
}
