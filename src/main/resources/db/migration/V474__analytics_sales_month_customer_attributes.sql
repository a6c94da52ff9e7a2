-- Transactions by customer nature and by province without joining each day row of the period to its customer
-- (at 1,000,000 customers a year holds about 2.6 million day rows: that join was the slow part of the report).

-- The attributes of a customer the rollup below was summed under: one row per customer with day rows in
-- analytics_sales_day. The rollup follows this snapshot, not the customer table; when a customer's province or
-- nature changes (CustomerUpdated, or the nightly reconciliation for changes made by bulk SQL) the customer's sums
-- move from the old bucket to the new one and the snapshot is updated, in one transaction (CustomerAttributeSales).
create table analytics_customer_attr (
    customer_id   bigint primary key,
    province_code varchar(12),
    nature_code   varchar(32)
);

-- Net revenue per month (its first day), selling owner, product category, and the customer's province and
-- nature as in the snapshot ('' for none: a key column cannot be null). order_count: the orders with lines in that
-- category, as in analytics_sales_day; a row whose order_count falls to zero holds nothing and is removed.
create table analytics_sales_month_attr (
    month         date           not null,
    owner_id      bigint         not null,
    category_id   bigint         not null,
    province_code varchar(12)    not null,
    nature_code   varchar(32)    not null,
    amount        numeric(18, 2) not null,
    order_count   int            not null,
    primary key (month, owner_id, category_id, province_code, nature_code)
);
-- The emptied rows, found without reading the table.
create index analytics_sales_month_attr_empty_idx on analytics_sales_month_attr(month) where order_count <= 0;

-- Filled from the day rows as they are now; the read model keeps both from here on.
insert into analytics_customer_attr(customer_id, province_code, nature_code)
select c.id, c.province_code, c.nature_code from customer c
 where c.id in (select distinct customer_id from analytics_sales_day);

insert into analytics_sales_month_attr(month, owner_id, category_id, province_code, nature_code, amount, order_count)
select date_trunc('month', s.day)::date, s.owner_id, s.category_id, coalesce(a.province_code, ''), coalesce(a.nature_code, ''),
       sum(s.amount), sum(s.order_count)
  from analytics_sales_day s join analytics_customer_attr a on a.customer_id = s.customer_id
 group by 1, 2, 3, 4, 5;
