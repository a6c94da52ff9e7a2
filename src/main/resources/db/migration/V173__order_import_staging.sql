-- Working tables of an order history import: the rows as read (COPY), then the orders, customers and
-- products they name, one row each, where the checks across rows and the look-ups run as joins. Unlogged:
-- nothing here outlives its job, and a crash that empties them only fails jobs that died with the node.
create unlogged table order_import_row (
    job_id        bigint  not null,
    row_number    integer not null,
    number        text    not null default '',
    order_date    date,
    customer_code text    not null default '',
    customer_name text    not null default '',
    country       text    not null default '',
    product_code  text    not null default '',
    product_name  text    not null default '',
    quantity      numeric(14, 3),
    unit_price    numeric(14, 2),
    discount      numeric(5, 2),
    amount        numeric(14, 2),
    status        varchar(16),
    primary key (job_id, row_number)
);

-- One per order number: its date, status and customer as its first row giving them says.
create unlogged table order_import_order (
    job_id        bigint  not null,
    number        text    not null,
    first_row     integer not null,
    order_date    date,
    date_row      integer,
    status        varchar(16),
    status_row    integer,
    customer_code text    not null default '',
    customer_name text    not null default '',
    country       text    not null default '',
    customer_row  integer,
    bad           boolean not null default false,
    order_id      bigint,
    primary key (job_id, number)
);

-- One per customer the orders name (by code when given, else by name), with what was found for it.
create unlogged table order_import_customer (
    job_id      bigint  not null,
    code        text    not null,
    name        text    not null,
    new_name    text    not null default '',
    country     text    not null default '',
    matches     integer not null default 0,
    visible     integer not null default 0,
    customer_id bigint,
    owner_id    bigint,
    created     boolean not null default false,
    primary key (job_id, code, name)
);

-- One per product the rows name (by code when given, else by name).
create unlogged table order_import_product (
    job_id     bigint  not null,
    code       text    not null,
    name       text    not null,
    new_name   text    not null default '',
    price      numeric(14, 2) not null default 0,
    matches    integer not null default 0,
    product_id bigint,
    created    boolean not null default false,
    primary key (job_id, code, name)
);
