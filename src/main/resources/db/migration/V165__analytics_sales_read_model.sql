-- The sales read model the reports, forecasts, lifetime values and churn rules read instead of the order
-- tables: net revenue of the orders that count as sales (confirmed or later, not cancelled), dated by the
-- order date. Kept by the order events (SalesReadModel); rebuilt for a span of days after an import.

-- Per day, customer, selling owner (the order's owner), his department and product category.
-- order_count: the orders with lines in that category (summing it over categories counts an order once per
-- category; count orders from analytics_purchase_day).
create table analytics_sales_day (
    day           date           not null,
    customer_id   bigint         not null,
    owner_id      bigint         not null,
    department_id bigint,
    category_id   bigint         not null,
    amount        numeric(16, 2) not null,
    quantity      numeric(16, 3) not null,
    order_count   int            not null,
    primary key (day, customer_id, owner_id, category_id)
);
create index analytics_sales_day_customer_idx on analytics_sales_day(customer_id, day);
create index analytics_sales_day_owner_idx on analytics_sales_day(owner_id, day);
create index analytics_sales_day_department_idx on analytics_sales_day(department_id, day);

-- A purchase as the lifetime value models count it: a customer-day with at least one sale, its net amount
-- (zero or negative on a day of returns only) and its number of orders.
create table analytics_purchase_day (
    customer_id bigint         not null,
    day         date           not null,
    amount      numeric(16, 2) not null,
    order_count int            not null,
    primary key (customer_id, day)
);
create index analytics_purchase_day_day_idx on analytics_purchase_day(day, customer_id);
