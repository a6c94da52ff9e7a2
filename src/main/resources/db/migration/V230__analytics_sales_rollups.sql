-- Rollups of the sales read model, kept in the same transactions as analytics_sales_day (SalesReadModel).
-- Measured at the bench size (1,000,000 customers, 3.3 million orders over three years): a customer buys about once a
-- year, so a month row per customer would hold about as many rows as the day rows (no gain); the gains are
--  1. per month without the customer: month x owner x category, a few thousand rows a year, for every figure that
--     does not look at the customer (dashboards, targets, forecasts, statistics, transactions by category);
--  2. per customer over the standard period, the last twelve months to today (the reports' default), so the
--     ranking reports read one row per buying customer, by an index on the revenue, instead of aggregating days.

-- Net revenue per month (its first day), selling owner, his department and product category. order_count: the
-- orders with lines in that category, as in analytics_sales_day.
create table analytics_sales_month (
    month         date           not null,
    owner_id      bigint         not null,
    department_id bigint,
    category_id   bigint         not null,
    amount        numeric(18, 2) not null,
    quantity      numeric(18, 3) not null,
    order_count   int            not null,
    primary key (month, owner_id, category_id)
);
create index analytics_sales_month_owner_idx on analytics_sales_month(owner_id, month);

-- The window of analytics_customer_trailing: first_day to last_day, both included (last_day is today once the
-- window has been moved on; until then the reports read the day rows).
create table analytics_trailing_window (
    id        int  primary key check (id = 1),
    first_day date not null,
    last_day  date not null
);
insert into analytics_trailing_window(id, first_day, last_day) values (1, date '2000-01-01', date '2000-01-01');

-- Per customer with a sale in the window: net revenue and the number of orders (each order once).
create table analytics_customer_trailing (
    customer_id bigint         primary key,
    amount      numeric(18, 2) not null,
    order_count int            not null
);
create index analytics_customer_trailing_rank_idx on analytics_customer_trailing(amount desc, customer_id) include (order_count);

-- Per month (its first day) of purchases: net revenue, orders and buying customers (customers with at least one
-- purchase day in the month), for the month-by-month figures that count customers.
create table analytics_purchase_month (
    month       date           primary key,
    amount      numeric(18, 2) not null,
    order_count int            not null,
    customers   int            not null
);
