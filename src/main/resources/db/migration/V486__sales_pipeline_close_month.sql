-- The pipeline forecast tile (the executive's and the director's home pages) summed every open opportunity with an
-- expected close date: 40-50 ms at 100,000 opportunities, ten times that at a million, more than a whole home page
-- may take. This table holds the open opportunities' count, amount and probability-weighted amount per expected
-- close month and owner, kept by statement triggers in the same transaction as the change (as V480 keeps the funnel),
-- so the tile reads a few thousand rows. weighted is an unbounded numeric: the sum of amount * probability / 100.0
-- row by row, exactly what the tile summed before. Rows whose count went to zero stay (they add nothing).
create table opportunity_open_close_month (
    month    date           not null,
    owner_id bigint         not null,
    n        bigint         not null,
    amount   numeric(20, 2) not null,
    weighted numeric        not null,
    primary key (month, owner_id)
);

-- Adds the open rows of NEW_ROWS and takes away those of OLD_ROWS (an opportunity that is open, with a close date),
-- one upsert per key in key order; an update that moves none of the counted columns nets to nothing and writes nothing.
create function opportunity_open_close_month_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into opportunity_open_close_month as f(month, owner_id, n, amount, weighted)
        select date_trunc('month', expected_close_date)::date, owner_id, count(*), coalesce(sum(expected_amount), 0),
               coalesce(sum(expected_amount * probability / 100.0), 0)
          from new_rows
         where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is not null
         group by 1, 2 order by 1, 2
        on conflict (month, owner_id)
        do update set n = f.n + excluded.n, amount = f.amount + excluded.amount, weighted = f.weighted + excluded.weighted;
    elsif tg_op = 'DELETE' then
        insert into opportunity_open_close_month as f(month, owner_id, n, amount, weighted)
        select date_trunc('month', expected_close_date)::date, owner_id, -count(*), -coalesce(sum(expected_amount), 0),
               -coalesce(sum(expected_amount * probability / 100.0), 0)
          from old_rows
         where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is not null
         group by 1, 2 order by 1, 2
        on conflict (month, owner_id)
        do update set n = f.n + excluded.n, amount = f.amount + excluded.amount, weighted = f.weighted + excluded.weighted;
    else
        insert into opportunity_open_close_month as f(month, owner_id, n, amount, weighted)
        select month, owner_id, sum(n), sum(amount), sum(weighted)
          from (select date_trunc('month', expected_close_date)::date as month, owner_id, -1 as n,
                       -coalesce(expected_amount, 0) as amount, -coalesce(expected_amount * probability / 100.0, 0) as weighted
                  from old_rows where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is not null
                union all
                select date_trunc('month', expected_close_date)::date, owner_id, 1, coalesce(expected_amount, 0),
                       coalesce(expected_amount * probability / 100.0, 0)
                  from new_rows where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is not null) d
         group by 1, 2 having sum(n) <> 0 or sum(amount) <> 0 or sum(weighted) <> 0 order by 1, 2
        on conflict (month, owner_id)
        do update set n = f.n + excluded.n, amount = f.amount + excluded.amount, weighted = f.weighted + excluded.weighted;
    end if;
    return null;
end $$;

-- A trigger with transition tables may have one event only: three triggers, one function.
create trigger opportunity_open_close_month_insert after insert on opportunity
    referencing new table as new_rows for each statement execute function opportunity_open_close_month_apply();
create trigger opportunity_open_close_month_update after update on opportunity
    referencing old table as old_rows new table as new_rows for each statement execute function opportunity_open_close_month_apply();
create trigger opportunity_open_close_month_delete after delete on opportunity
    referencing old table as old_rows for each statement execute function opportunity_open_close_month_apply();

-- Fills the table from the opportunities, for loads that bypass the triggers (a bulk COPY with triggers off).
create function opportunity_open_close_month_rebuild() returns void language sql as $$
    delete from opportunity_open_close_month;
    insert into opportunity_open_close_month(month, owner_id, n, amount, weighted)
    select date_trunc('month', expected_close_date)::date, owner_id, count(*), coalesce(sum(expected_amount), 0),
           coalesce(sum(expected_amount * probability / 100.0), 0)
      from opportunity
     where status in ('NEW', 'ASSIGNED', 'DEVELOPING') and expected_close_date is not null
     group by 1, 2;
$$;

select opportunity_open_close_month_rebuild();
