-- Catalogue: components (bill of materials) and option groups with price differences for the configurator,
-- the units of measure, and the indexes the product list and the movement history filter on.

-- A component is a part of the product: another product of the catalogue or a named part that is not sold alone.
create table product_component (
    id              bigint generated always as identity primary key,
    product_id      bigint         not null references product(id) on delete cascade,
    part_product_id bigint         references product(id),
    part_name       varchar(200)   not null,
    quantity        numeric(14, 3) not null check (quantity > 0),
    sort_order      int            not null default 0
);
create index product_component_product_idx on product_component(product_id, sort_order);
create index product_component_part_idx on product_component(part_product_id);

-- An option group (e.g. the CNC system) offers options; each option changes the price by a signed amount.
create table product_option_group (
    id          bigint generated always as identity primary key,
    product_id  bigint       not null references product(id) on delete cascade,
    name        varchar(100) not null,
    required    boolean      not null default true,
    sort_order  int          not null default 0
);
create index product_option_group_product_idx on product_option_group(product_id, sort_order);

create table product_option (
    id          bigint generated always as identity primary key,
    group_id    bigint         not null references product_option_group(id) on delete cascade,
    name        varchar(100)   not null,
    price_delta numeric(14, 2) not null default 0,
    sort_order  int            not null default 0
);
create index product_option_group_idx on product_option(group_id, sort_order);

create index product_status_code_idx on product(status, code);
create index product_code_trgm_idx on product using gin (code gin_trgm_ops);
create index product_model_trgm_idx on product using gin (model gin_trgm_ops);
create index stock_movement_warehouse_idx on stock_movement(warehouse_id, at desc);

insert into dict_entry(type, code, label_zh, label_en, sort_order) values
 ('PRODUCT_UNIT', 'UNIT', '台', 'Unit', 10),
 ('PRODUCT_UNIT', 'PIECE', '件', 'Piece', 20),
 ('PRODUCT_UNIT', 'SET', '套', 'Set', 30),
 ('PRODUCT_UNIT', 'EACH', '个', 'Each', 40),
 ('PRODUCT_UNIT', 'PAIR', '对', 'Pair', 50),
 ('PRODUCT_UNIT', 'BOX', '箱', 'Box', 60),
 ('PRODUCT_UNIT', 'TON', '吨', 'Ton', 70),
 ('PRODUCT_UNIT', 'METRE', '米', 'Metre', 80),
 ('PRODUCT_UNIT', 'KG', '千克', 'Kilogram', 90),
 ('PRODUCT_UNIT', 'LITRE', '升', 'Litre', 100);
