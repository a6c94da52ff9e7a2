package org.kehu.analytics.targets;

import java.time.LocalDate;
import java.time.YearMonth;

import org.kehu.shared.BusinessTime;
import org.kehu.shared.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Targets for every demo seller for last year and this year, so that completion rates show at first start: a month
 * with revenue gets that revenue times 0.85–1.20 (rounded to ¥10,000; some reached, some missed), the months still to
 * come and this month last year's same month plus a quarter (the demo's growth). A fixed pseudo-random factor per
 * person and month keeps them the same on every start.
 */
@Component
class TargetDemoData implements DemoData {

    private final JdbcClient jdbc;

    TargetDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Step step() {
        return Step.TARGETS;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        int thisYear = today.getYear();
        int current = YearMonth.from(today).getYear() * 12 + today.getMonthValue();
        jdbc.sql("""
                insert into analytics_target_plan(user_id, year, version, updated_at)
                select distinct owner_id, y, 1, now() from analytics_sales_day, (values (:last), (:this)) as years(y)""")
                .param("last", thisYear - 1).param("this", thisYear).update();
        jdbc.sql("""
                with months as (
                    select p.user_id, p.year, m.month, p.year * 12 + m.month as idx
                      from analytics_target_plan p cross join generate_series(1, 12) as m(month)
                     where p.year in (:last, :this)),
                revenue as (
                    select owner_id, cast(extract(year from day) * 12 + extract(month from day) as int) as idx, sum(amount) as amount
                      from analytics_sales_day group by 1, 2)
                insert into analytics_sales_target(user_id, year, month, amount)
                select m.user_id, m.year, m.month,
                       round(case when m.idx < :current and r.amount > 0
                                  then r.amount * (0.85 + 0.35 * ((m.user_id * 7 + m.idx * 13) % 17) / 16.0)
                                  else coalesce(greatest(b.amount, 0), 0) * 1.25 end, -4)
                  from months m
                  left join revenue r on r.owner_id = m.user_id and r.idx = m.idx
                  left join revenue b on b.owner_id = m.user_id and b.idx = m.idx - 12
                 where (m.idx < :current and r.amount > 0) or b.amount > 0""")
                .param("last", thisYear - 1).param("this", thisYear).param("current", current).update();
    }
}
