-- Net sales per day, selling owner and product category, without the customer: what MonthlySales reads for the days
-- at the edges of a period that cut a month (a twelve-month period ending today cuts two months). Those days were read
-- from analytics_sales_day, one row per customer, day, owner and category: about 420,000 rows for the two edge months
-- at the bench's full size, the larger part of the statistics report, transactions by category and the targets. This
-- table holds one row per day, owner and category (a few hundred a day at most), as analytics_sales_month does per
-- month: department_id is the first one seen, as there.
--
-- Kept by statement triggers on analytics_sales_day, in the same statement as the day rows, whichever code writes them
-- (an order's status, an imported history, a month rebuilt, a merge): the inserted rows are added, the deleted ones
-- taken away, an update adds its new rows and takes away its old ones. A truncate of the day rows (the full rebuild)
-- truncates this table too. Rows that fall to zero stay: they add nothing.
create table analytics_sales_owner_day (
    day           date           not null,
    owner_id      bigint         not null,
    department_id bigint,
    category_id   bigint         not null,
    amount        numeric(18, 2) not null,
    quantity      numeric(18, 3) not null,
    order_count   int            not null,
    primary key (day, owner_id, category_id)
);

create function analytics_sales_owner_day_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        truncate analytics_sales_owner_day;
    elsif tg_op = 'INSERT' then
        insert into analytics_sales_owner_day as d(day, owner_id, department_id, category_id, amount, quantity, order_count)
        select day, owner_id, min(department_id), category_id, sum(amount), sum(quantity), sum(order_count)
          from new_rows group by day, owner_id, category_id order by 1, 2, 4
        on conflict (day, owner_id, category_id) do update
        set amount = d.amount + excluded.amount, quantity = d.quantity + excluded.quantity,
            order_count = d.order_count + excluded.order_count;
    elsif tg_op = 'DELETE' then
        insert into analytics_sales_owner_day as d(day, owner_id, department_id, category_id, amount, quantity, order_count)
        select day, owner_id, min(department_id), category_id, -sum(amount), -sum(quantity), -sum(order_count)
          from old_rows group by day, owner_id, category_id order by 1, 2, 4
        on conflict (day, owner_id, category_id) do update
        set amount = d.amount + excluded.amount, quantity = d.quantity + excluded.quantity,
            order_count = d.order_count + excluded.order_count;
    else
        insert into analytics_sales_owner_day as d(day, owner_id, department_id, category_id, amount, quantity, order_count)
        select day, owner_id, min(department_id), category_id, sum(amount), sum(quantity), sum(order_count)
          from (select day, owner_id, department_id, category_id, amount, quantity, order_count from new_rows
                union all
                select day, owner_id, department_id, category_id, -amount, -quantity, -order_count from old_rows) c
         group by day, owner_id, category_id
        having sum(amount) <> 0 or sum(quantity) <> 0 or sum(order_count) <> 0
         order by 1, 2, 4
        on conflict (day, owner_id, category_id) do update
        set amount = d.amount + excluded.amount, quantity = d.quantity + excluded.quantity,
            order_count = d.order_count + excluded.order_count;
    end if;
    return null;
end $$;

-- A trigger with transition tables may have one event only: one trigger per event, one function.
create trigger analytics_sales_owner_day_insert after insert on analytics_sales_day
    referencing new table as new_rows for each statement execute function analytics_sales_owner_day_apply();
create trigger analytics_sales_owner_day_update after update on analytics_sales_day
    referencing old table as old_rows new table as new_rows for each statement execute function analytics_sales_owner_day_apply();
create trigger analytics_sales_owner_day_delete after delete on analytics_sales_day
    referencing old table as old_rows for each statement execute function analytics_sales_owner_day_apply();
create trigger analytics_sales_owner_day_truncate after truncate on analytics_sales_day
    for each statement execute function analytics_sales_owner_day_apply();

insert into analytics_sales_owner_day(day, owner_id, department_id, category_id, amount, quantity, order_count)
select day, owner_id, min(department_id), category_id, sum(amount), sum(quantity), sum(order_count)
  from analytics_sales_day group by day, owner_id, category_id;
