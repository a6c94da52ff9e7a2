-- Competitors (竞争对手分析, SPEC module 5): competitor files, their products set against ours, the competitors an
-- opportunity faces (and the one it was lost to), and the link of a "competitor's customer" to its competitor.
-- Opportunity, product and customer ids belong to other modules: referred to by id, without foreign keys.

create table competitor (
    id            bigint generated always as identity primary key,
    code          varchar(32)  not null,
    name          varchar(200) not null,
    name_initials varchar(200) not null default '',
    background    text,
    development   text,
    fields        varchar(500),
    strategy      text,
    created_by    bigint       references app_user(id),
    created_at    timestamptz  not null,
    updated_by    bigint       references app_user(id),
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);
-- Codes are unique whatever their case: CP001 and cp001 name the same competitor.
create unique index competitor_code_idx on competitor(upper(code));
-- The list's default sort (name) for keyset paging, and substring search on name and pinyin initials.
create index competitor_name_idx on competitor(name, id);
create index competitor_name_trgm_idx on competitor using gin (name gin_trgm_ops);
create index competitor_initials_trgm_idx on competitor using gin (name_initials gin_trgm_ops);

create table competitor_product (
    id             bigint generated always as identity primary key,
    competitor_id  bigint         not null references competitor(id) on delete cascade,
    name           varchar(200)   not null,
    model          varchar(100),
    our_product_id bigint         not null,
    relation       varchar(16)    not null check (relation in ('SIMILAR', 'SUBSTITUTE')),
    usage          varchar(1000),
    performance    varchar(2000),
    price          numeric(14, 2) not null check (price >= 0),
    created_by     bigint         references app_user(id),
    created_at     timestamptz    not null,
    updated_by     bigint         references app_user(id),
    updated_at     timestamptz    not null,
    version        bigint         not null default 0
);
create index competitor_product_competitor_idx on competitor_product(competitor_id, name, id);
create index competitor_product_ours_idx on competitor_product(our_product_id, price);

-- The competitors an opportunity faces; lost_to marks the one it was lost to (at most one per opportunity).
create table competitor_opportunity (
    opportunity_id bigint      not null,
    competitor_id  bigint      not null references competitor(id) on delete cascade,
    lost_to        boolean     not null default false,
    added_by       bigint      references app_user(id),
    added_at       timestamptz not null,
    primary key (opportunity_id, competitor_id)
);
create index competitor_opportunity_competitor_idx on competitor_opportunity(competitor_id, opportunity_id);
create unique index competitor_opportunity_lost_to_idx on competitor_opportunity(opportunity_id) where lost_to;

-- A customer in the group "competitor's customer" (竞争者客户) and the competitor it buys from.
create table competitor_customer (
    customer_id   bigint      primary key,
    competitor_id bigint      not null references competitor(id) on delete cascade,
    linked_by     bigint      references app_user(id),
    linked_at     timestamptz not null
);
create index competitor_customer_competitor_idx on competitor_customer(competitor_id, customer_id);

-- Sales, marketing and executives read competitors; marketing and administrators keep them.
insert into role_permission(role_id, permission)
select r.id, 'competitor.view' from role r
 where r.code in ('ADMIN', 'EXECUTIVE', 'SALES_DIRECTOR', 'ACCOUNT_MANAGER', 'MARKETING')
on conflict do nothing;
insert into role_permission(role_id, permission)
select r.id, 'competitor.edit' from role r where r.code in ('ADMIN', 'MARKETING')
on conflict do nothing;
