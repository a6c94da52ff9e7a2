-- Transactions by the customer's nature or province read the whole months from analytics_sales_month_attr and the
-- days at the period's edges from the day rows joined to the attribute snapshot: at a million customers the eight
-- edge days of the usual twelve months to today are 62,000 day rows of 25,000 customers, and their join took about
-- 200 ms of the report's 243 ms. This table holds the same sums per day (day x owner x category x province x nature,
-- summed under the snapshot), so the edge days are read without the join.
--
-- CustomerAttributeRollup now writes this table; the month rollup is kept from it by statement triggers in the same
-- statement (as V489 keeps the owner days from the day rows): the inserted rows are added to their month, the
-- deleted ones taken away, an update adds its new rows and takes away its old ones, and a truncate empties the months
-- too. Both are filled here from the day rows under the snapshots, so they agree from the start.
create table analytics_sales_day_attr (
    day           date           not null,
    owner_id      bigint         not null,
    category_id   bigint         not null,
    province_code varchar(12)    not null,
    nature_code   varchar(32)    not null,
    amount        numeric(18, 2) not null,
    order_count   int            not null,
    primary key (day, owner_id, category_id, province_code, nature_code)
);
-- The emptied rows, found without reading the table.
create index analytics_sales_day_attr_empty_idx on analytics_sales_day_attr(day) where order_count <= 0;

insert into analytics_sales_day_attr(day, owner_id, category_id, province_code, nature_code, amount, order_count)
select d.day, d.owner_id, d.category_id, coalesce(a.province_code, ''), coalesce(a.nature_code, ''), sum(d.amount),
       sum(d.order_count)
  from analytics_sales_day d join analytics_customer_attr a on a.customer_id = d.customer_id
 group by 1, 2, 3, 4, 5;

truncate analytics_sales_month_attr;
insert into analytics_sales_month_attr(month, owner_id, category_id, province_code, nature_code, amount, order_count)
select date_trunc('month', day)::date, owner_id, category_id, province_code, nature_code, sum(amount), sum(order_count)
  from analytics_sales_day_attr group by 1, 2, 3, 4, 5;

-- The rows of a statement's transition tables (NEW_ROWS added, OLD_ROWS taken away), summed per month and key and
-- added to the months; each event sees only its own transition tables, hence one statement per event.
create function analytics_sales_month_attr_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        truncate analytics_sales_month_attr;
    elsif tg_op = 'INSERT' then
        insert into analytics_sales_month_attr as m(month, owner_id, category_id, province_code, nature_code, amount, order_count)
        select date_trunc('month', day)::date, owner_id, category_id, province_code, nature_code, sum(amount), sum(order_count)
          from new_rows group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (month, owner_id, category_id, province_code, nature_code) do update
        set amount = m.amount + excluded.amount, order_count = m.order_count + excluded.order_count;
    elsif tg_op = 'DELETE' then
        insert into analytics_sales_month_attr as m(month, owner_id, category_id, province_code, nature_code, amount, order_count)
        select date_trunc('month', day)::date, owner_id, category_id, province_code, nature_code, -sum(amount), -sum(order_count)
          from old_rows group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (month, owner_id, category_id, province_code, nature_code) do update
        set amount = m.amount + excluded.amount, order_count = m.order_count + excluded.order_count;
    else
        insert into analytics_sales_month_attr as m(month, owner_id, category_id, province_code, nature_code, amount, order_count)
        select date_trunc('month', day)::date, owner_id, category_id, province_code, nature_code, sum(amount), sum(order_count)
          from (select day, owner_id, category_id, province_code, nature_code, amount, order_count from new_rows
                union all
                select day, owner_id, category_id, province_code, nature_code, -amount, -order_count from old_rows) c
         group by 1, 2, 3, 4, 5
        having sum(amount) <> 0 or sum(order_count) <> 0
         order by 1, 2, 3, 4, 5
        on conflict (month, owner_id, category_id, province_code, nature_code) do update
        set amount = m.amount + excluded.amount, order_count = m.order_count + excluded.order_count;
    end if;
    return null;
end $$;

-- A trigger with transition tables may have one event only: one trigger per event, one function.
create trigger analytics_sales_month_attr_insert after insert on analytics_sales_day_attr
    referencing new table as new_rows for each statement execute function analytics_sales_month_attr_apply();
create trigger analytics_sales_month_attr_update after update on analytics_sales_day_attr
    referencing old table as old_rows new table as new_rows for each statement execute function analytics_sales_month_attr_apply();
create trigger analytics_sales_month_attr_delete after delete on analytics_sales_day_attr
    referencing old table as old_rows for each statement execute function analytics_sales_month_attr_apply();
create trigger analytics_sales_month_attr_truncate after truncate on analytics_sales_day_attr
    for each statement execute function analytics_sales_month_attr_apply();
