-- The portal's configurator (标准组件选配): configurations customers saved, with the options they chose. Products and
-- options belong to the catalogue, customers and contacts to the customer module: referred to by id only.
create table portal_configuration (
    id             bigint generated always as identity primary key,
    customer_id    bigint         not null,
    contact_id     bigint         not null,
    product_id     bigint         not null,
    quantity       int            not null check (quantity between 1 and 999),
    unit_price     numeric(14, 2) not null check (unit_price >= 0),
    note           varchar(500),
    shown_publicly boolean        not null default false,
    created_at     timestamptz    not null default now(),
    updated_at     timestamptz    not null default now(),
    version        bigint         not null default 0
);
-- "My configurations": a company's, newest first; the public page: the shown ones, newest first.
create index portal_configuration_customer_idx on portal_configuration(customer_id, updated_at desc, id desc);
create index portal_configuration_shown_idx on portal_configuration(updated_at desc, id desc) where shown_publicly;

create table portal_configuration_option (
    configuration_id bigint not null references portal_configuration(id) on delete cascade,
    option_id        bigint not null,
    primary key (configuration_id, option_id)
);
