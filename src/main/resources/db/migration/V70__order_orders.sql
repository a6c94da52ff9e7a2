-- Orders: lines, status history, tracking events and contracts. Customers, products and warehouses belong to
-- other modules and are referred to by id only (no foreign keys across modules, except to users).
create table sales_order (
    id               bigint generated always as identity primary key,
    number           varchar(24)    not null unique,
    customer_id      bigint         not null,
    owner_id         bigint         not null references app_user(id),
    order_date       date           not null,
    delivery_address varchar(300),
    warehouse_id     bigint         not null,
    promised_date    date,
    status           varchar(16)    not null check (status in
                         ('PENDING', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED')),
    total            numeric(14, 2) not null default 0 check (total >= 0),
    note             varchar(1000),
    created_by       bigint references app_user(id),
    created_at       timestamptz    not null default now(),
    updated_at       timestamptz    not null default now(),
    version          bigint         not null default 0
);
-- The lists: a customer's orders, by status and month, by owner (data scope), all by date; each ends in id
-- so that keyset paging walks the index.
create index sales_order_customer_idx on sales_order(customer_id, order_date desc, id desc);
create index sales_order_status_idx on sales_order(status, order_date desc, id desc);
create index sales_order_owner_idx on sales_order(owner_id, order_date desc, id desc);
create index sales_order_date_idx on sales_order(order_date desc, id desc);

create table sales_order_line (
    id           bigint generated always as identity primary key,
    order_id     bigint         not null references sales_order(id) on delete cascade,
    line_no      int            not null,
    product_id   bigint         not null,
    product_code varchar(40)    not null,
    product_name varchar(200)   not null,
    unit_code    varchar(32),
    quantity     numeric(14, 3) not null check (quantity > 0),
    unit_price   numeric(14, 2) not null check (unit_price >= 0),
    discount     numeric(5, 2)  not null default 0 check (discount >= 0 and discount <= 100),
    amount       numeric(14, 2) not null check (amount >= 0),
    -- Deferred: replacing the lines of a pending order inserts the new ones before the old ones are deleted.
    unique (order_id, line_no) deferrable initially deferred
);
create index sales_order_line_product_idx on sales_order_line(product_id);

create table sales_order_status_change (
    id          bigint generated always as identity primary key,
    order_id    bigint      not null references sales_order(id) on delete cascade,
    from_status varchar(16),
    to_status   varchar(16) not null,
    actor_id    bigint references app_user(id),
    at          timestamptz not null default now()
);
create index sales_order_status_change_idx on sales_order_status_change(order_id, at);

create table sales_order_tracking (
    id          bigint generated always as identity primary key,
    order_id    bigint        not null references sales_order(id) on delete cascade,
    occurred_at timestamptz   not null,
    place       varchar(200)  not null,
    note        varchar(1000),
    recorded_by bigint references app_user(id),
    recorded_at timestamptz   not null default now()
);
create index sales_order_tracking_idx on sales_order_tracking(order_id, occurred_at desc);

create table sales_order_contract (
    id           bigint generated always as identity primary key,
    order_id     bigint       not null references sales_order(id) on delete cascade,
    filename     varchar(255) not null,
    content_type varchar(120),
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_by  bigint references app_user(id),
    uploaded_at  timestamptz  not null default now()
);
create index sales_order_contract_idx on sales_order_contract(order_id);

-- The numbering rule's counter: one row per month, incremented under its row lock.
create table sales_order_number (
    period     char(6) primary key,
    last_value int     not null
);
