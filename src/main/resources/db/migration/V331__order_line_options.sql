-- Orders customers place on the portal: where an order came from, and the configuration of a configured line (the
-- option groups and options chosen, with their price differences as they were when ordered). Kept by order and line
-- number with the line's product, so that staff editing the pending order's other fields does not lose it.
alter table sales_order add column source varchar(16) check (source in ('PORTAL'));

create table sales_order_line_option (
    id          bigint generated always as identity primary key,
    order_id    bigint         not null references sales_order(id) on delete cascade,
    line_no     int            not null,
    product_id  bigint         not null,
    group_name  varchar(100)   not null,
    option_name varchar(100)   not null,
    price_delta numeric(14, 2) not null,
    sort_order  int            not null
);
create index sales_order_line_option_idx on sales_order_line_option(order_id, line_no, sort_order);
