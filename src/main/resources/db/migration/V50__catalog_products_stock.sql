-- Catalogue: categories, products, warehouses and stock. Quantities have three decimals (tons, metres).
create table product_category (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    sort_order  int          not null default 0,
    version     bigint       not null default 0
);

create table product (
    id                  bigint generated always as identity primary key,
    code                varchar(40)    not null unique,
    name                varchar(200)   not null,
    category_id         bigint         not null references product_category(id),
    model               varchar(100),
    specification       varchar(500),
    unit_code           varchar(32)    not null,
    price               numeric(14, 2) not null check (price >= 0),
    status              varchar(16)    not null default 'ON_SALE' check (status in ('ON_SALE', 'DISCONTINUED')),
    low_stock_threshold numeric(14, 3) not null default 0 check (low_stock_threshold >= 0),
    description         text,
    created_at          timestamptz    not null default now(),
    updated_at          timestamptz    not null default now(),
    version             bigint         not null default 0
);
create index product_category_idx on product(category_id, code);
create index product_name_trgm_idx on product using gin (name gin_trgm_ops);

create table warehouse (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    address     varchar(300),
    sort_order  int          not null default 0,
    version     bigint       not null default 0
);

-- On hand and reserved (for confirmed orders); available = on_hand - reserved, never below zero.
create table stock (
    product_id   bigint         not null references product(id),
    warehouse_id bigint         not null references warehouse(id),
    on_hand      numeric(14, 3) not null default 0 check (on_hand >= 0),
    reserved     numeric(14, 3) not null default 0 check (reserved >= 0),
    primary key (product_id, warehouse_id),
    check (reserved <= on_hand)
);
create index stock_warehouse_idx on stock(warehouse_id);

-- Every change of stock: who, when, why and for what (an order number, a ticket number).
create table stock_movement (
    id             bigint generated always as identity primary key,
    product_id     bigint         not null references product(id),
    warehouse_id   bigint         not null references warehouse(id),
    kind           varchar(16)    not null check (kind in ('IN', 'OUT', 'ADJUST', 'RESERVE', 'RELEASE', 'SHIP', 'ISSUE')),
    quantity       numeric(14, 3) not null,
    on_hand_after  numeric(14, 3) not null,
    reserved_after numeric(14, 3) not null,
    reason         varchar(300),
    reference      varchar(60),
    actor_id       bigint references app_user(id),
    at             timestamptz    not null default now()
);
create index stock_movement_product_idx on stock_movement(product_id, at desc);
create index stock_movement_at_idx on stock_movement(at desc);
