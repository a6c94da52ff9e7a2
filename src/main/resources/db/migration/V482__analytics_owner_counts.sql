-- The statistics report (客户/销售/服务反馈统计) counted, for a period and the same period a year earlier, the customers
-- created per current owner (customer.created_at) and the sale orders per owner (sales_order by order_date): at
-- 100,000 customers and a million order lines 1.8 s of raw SQL, ten times that at the target size. These two tables
-- hold the same counts per business day (Asia/Shanghai, as BusinessTime.ZONE) and owner, and per month and owner, so
-- that a period reads its whole months from the month rows and only the days at its edges from the day rows
-- (org.kehu.analytics.OwnerCounts).
--
-- Kept by triggers in the same transaction as the change, not by events: customers and orders are created, moved to
-- another owner, re-dated, confirmed, cancelled and deleted by JPA, by set-based SQL (imports, merges, the
-- demo data's COPY) and by hand; a trigger sees every one of them, and the counts can never be behind the tables.
--   * insert and delete: statement triggers with transition tables (an import of half a million customers is one
--     grouped upsert, not half a million);
--   * update: row triggers restricted by WHEN to the rows whose counted columns changed, because the nightly CLV
--     scoring updates every customer (a statement trigger with transition tables would copy a million old and new
--     rows on each run to find that none of them moved); a WHEN that is false queues nothing.
--
-- new_customers: customers with an owner, counted under their CURRENT owner on the day they were created (an owner
-- change moves the count, as the report's c.owner_id always did). sale_orders: orders whose status is a sale
-- (confirmed or later, not cancelled), under their owner on their order date. Rows whose counts fell to zero stay;
-- the reader skips owners with nothing.
create table analytics_owner_day (
    day           date   not null,
    owner_id      bigint not null,
    new_customers bigint not null default 0,
    sale_orders   bigint not null default 0,
    primary key (day, owner_id)
);

create table analytics_owner_month (
    month         date   not null,
    owner_id      bigint not null,
    new_customers bigint not null default 0,
    sale_orders   bigint not null default 0,
    primary key (month, owner_id)
);

-- Adds the given counts (parallel arrays; null owners are skipped) to the day rows and their months: one upsert per
-- key, in key order, so that two transactions touching the same keys lock them in the same order. Counts that net
-- to zero per key (a customer re-dated within its day) write nothing.
create function analytics_owner_counts_add(p_days date[], p_owners bigint[], p_customers bigint[], p_orders bigint[])
returns void language sql as $$
    insert into analytics_owner_day as d(day, owner_id, new_customers, sale_orders)
    select u.day, u.owner_id, sum(u.c), sum(u.o)
      from unnest(p_days, p_owners, p_customers, p_orders) u(day, owner_id, c, o)
     where u.owner_id is not null
     group by 1, 2 having sum(u.c) <> 0 or sum(u.o) <> 0 order by 1, 2
    on conflict (day, owner_id) do update
       set new_customers = d.new_customers + excluded.new_customers, sale_orders = d.sale_orders + excluded.sale_orders;
    insert into analytics_owner_month as m(month, owner_id, new_customers, sale_orders)
    select date_trunc('month', u.day)::date, u.owner_id, sum(u.c), sum(u.o)
      from unnest(p_days, p_owners, p_customers, p_orders) u(day, owner_id, c, o)
     where u.owner_id is not null
     group by 1, 2 having sum(u.c) <> 0 or sum(u.o) <> 0 order by 1, 2
    on conflict (month, owner_id) do update
       set new_customers = m.new_customers + excluded.new_customers, sale_orders = m.sale_orders + excluded.sale_orders;
$$;

-- Customers inserted (NEW_ROWS) or deleted (OLD_ROWS), grouped per day and owner before they are added.
create function analytics_owner_customers_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform analytics_owner_counts_add(array_agg(g.day), array_agg(g.owner_id), array_agg(g.n), array_agg(0::bigint))
           from (select (created_at at time zone 'Asia/Shanghai')::date as day, owner_id, count(*) as n
                   from new_rows where owner_id is not null group by 1, 2) g;
    else
        perform analytics_owner_counts_add(array_agg(g.day), array_agg(g.owner_id), array_agg(-g.n), array_agg(0::bigint))
           from (select (created_at at time zone 'Asia/Shanghai')::date as day, owner_id, count(*) as n
                   from old_rows where owner_id is not null group by 1, 2) g;
    end if;
    return null;
end $$;

-- A customer given to another owner (or re-dated): out of the old day and owner, into the new.
create function analytics_owner_customer_moved() returns trigger language plpgsql as $$
begin
    perform analytics_owner_counts_add(
        array[(old.created_at at time zone 'Asia/Shanghai')::date, (new.created_at at time zone 'Asia/Shanghai')::date],
        array[old.owner_id, new.owner_id], array[-1, 1]::bigint[], array[0, 0]::bigint[]);
    return null;
end $$;

create trigger analytics_owner_customers_insert after insert on customer
    referencing new table as new_rows for each statement execute function analytics_owner_customers_apply();
create trigger analytics_owner_customers_delete after delete on customer
    referencing old table as old_rows for each statement execute function analytics_owner_customers_apply();
create trigger analytics_owner_customers_update after update of owner_id, created_at on customer for each row
    when (old.owner_id is distinct from new.owner_id or old.created_at is distinct from new.created_at)
    execute function analytics_owner_customer_moved();

-- The statuses that make an order a sale: StatisticsReport's and SalesReadModel's.
create function analytics_is_sale(status varchar) returns boolean language sql immutable parallel safe as $$
    select status in ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')
$$;

-- Orders inserted or deleted: the sales among them, per order date and owner.
create function analytics_owner_orders_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform analytics_owner_counts_add(array_agg(g.day), array_agg(g.owner_id), array_agg(0::bigint), array_agg(g.n))
           from (select order_date as day, owner_id, count(*) as n
                   from new_rows where analytics_is_sale(status) group by 1, 2) g;
    else
        perform analytics_owner_counts_add(array_agg(g.day), array_agg(g.owner_id), array_agg(0::bigint), array_agg(-g.n))
           from (select order_date as day, owner_id, count(*) as n
                   from old_rows where analytics_is_sale(status) group by 1, 2) g;
    end if;
    return null;
end $$;

-- An order confirmed, cancelled, given to another owner or re-dated: out as it was, in as it is.
create function analytics_owner_order_changed() returns trigger language plpgsql as $$
begin
    perform analytics_owner_counts_add(array[old.order_date, new.order_date], array[old.owner_id, new.owner_id],
        array[0, 0]::bigint[],
        array[case when analytics_is_sale(old.status) then -1 else 0 end,
              case when analytics_is_sale(new.status) then 1 else 0 end]::bigint[]);
    return null;
end $$;

create trigger analytics_owner_orders_insert after insert on sales_order
    referencing new table as new_rows for each statement execute function analytics_owner_orders_apply();
create trigger analytics_owner_orders_delete after delete on sales_order
    referencing old table as old_rows for each statement execute function analytics_owner_orders_apply();
-- Confirmed to shipped to completed moves nothing: only a change into or out of the sales, of owner or of date.
create trigger analytics_owner_orders_update after update of status, owner_id, order_date on sales_order for each row
    when (old.owner_id is distinct from new.owner_id or old.order_date is distinct from new.order_date
          or analytics_is_sale(old.status) is distinct from analytics_is_sale(new.status))
    execute function analytics_owner_order_changed();

-- The months again from the day rows.
create function analytics_owner_months_rebuild() returns void language sql as $$
    delete from analytics_owner_day where new_customers = 0 and sale_orders = 0;
    delete from analytics_owner_month;
    insert into analytics_owner_month(month, owner_id, new_customers, sale_orders)
    select date_trunc('month', day)::date, owner_id, sum(new_customers), sum(sale_orders) from analytics_owner_day group by 1, 2;
$$;

-- The customers' counts from the customer table, for loads that bypass the triggers (a bulk COPY with
-- session_replication_role = replica, as the benchmark's loader does).
create function analytics_owner_customers_rebuild() returns void language sql as $$
    update analytics_owner_day set new_customers = 0 where new_customers <> 0;
    insert into analytics_owner_day as d(day, owner_id, new_customers)
    select (created_at at time zone 'Asia/Shanghai')::date, owner_id, count(*) from customer where owner_id is not null
     group by 1, 2
    on conflict (day, owner_id) do update set new_customers = excluded.new_customers;
    select analytics_owner_months_rebuild();
$$;

-- The orders' counts from the order table, likewise.
create function analytics_owner_orders_rebuild() returns void language sql as $$
    update analytics_owner_day set sale_orders = 0 where sale_orders <> 0;
    insert into analytics_owner_day as d(day, owner_id, sale_orders)
    select order_date, owner_id, count(*) from sales_order where analytics_is_sale(status) group by 1, 2
    on conflict (day, owner_id) do update set sale_orders = excluded.sale_orders;
    select analytics_owner_months_rebuild();
$$;

select analytics_owner_customers_rebuild();
select analytics_owner_orders_rebuild();
