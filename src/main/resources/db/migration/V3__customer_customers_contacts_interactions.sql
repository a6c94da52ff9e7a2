create extension if not exists pg_trgm;

create sequence customer_code_seq start 1;

create table customer (
    id              bigint generated always as identity primary key,
    code            varchar(32)  not null unique,
    code_edited     boolean      not null default false,
    name            varchar(200) not null,
    name_initials   varchar(200) not null,
    website         varchar(200),
    main_contact_id bigint,
    phone           varchar(32),
    fax             varchar(32),
    province_code   varchar(12),
    city_code       varchar(12),
    address         varchar(300),
    nature_code     varchar(32),
    group_code      varchar(32),
    industry_code   varchar(32),
    grade_code      varchar(32),
    credit_rating   varchar(32),
    loyalty_rating  varchar(32),
    owner_id        bigint       references app_user(id),
    bank            varchar(100),
    bank_account    varchar(64),
    tax_number      varchar(32),
    source_code     varchar(32),
    status          varchar(16)  not null default 'ACTIVE' check (status in ('ACTIVE', 'CHURN_WARNING', 'LOST')),
    created_by      bigint,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);
-- Default sort (last update) and each filter, each ending in id for keyset paging.
create index customer_updated_idx on customer(updated_at desc, id desc);
create index customer_owner_updated_idx on customer(owner_id, updated_at desc, id desc);
create index customer_province_group_updated_idx on customer(province_code, group_code, updated_at desc, id desc);
create index customer_city_idx on customer(city_code);
create index customer_nature_idx on customer(nature_code);
create index customer_group_idx on customer(group_code);
create index customer_industry_idx on customer(industry_code);
create index customer_grade_idx on customer(grade_code);
create index customer_status_idx on customer(status);
create index customer_name_trgm_idx on customer using gin (name gin_trgm_ops);
create index customer_initials_trgm_idx on customer using gin (name_initials gin_trgm_ops);
create index customer_name_idx on customer(name);
create index customer_phone_idx on customer(phone);
create index customer_tax_idx on customer(tax_number);

create table contact (
    id                bigint generated always as identity primary key,
    customer_id       bigint       not null references customer(id) on delete cascade,
    name              varchar(100) not null,
    department        varchar(100),
    title             varchar(100),
    nationality_code  varchar(32),
    office_address    varchar(300),
    office_phone      varchar(32),
    mobile            varchar(32),
    email             varchar(200),
    home_address      varchar(300),
    home_phone        varchar(32),
    birthday          date,
    hobbies           varchar(300),
    is_primary        boolean      not null default false,
    marketing_consent boolean      not null default false,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);
create index contact_customer_idx on contact(customer_id);
create index contact_mobile_idx on contact(mobile);
alter table customer add constraint customer_main_contact_fk foreign key (main_contact_id) references contact(id) on delete set null;

create table interaction (
    id           bigint generated always as identity primary key,
    customer_id  bigint       not null references customer(id) on delete cascade,
    occurred_at  timestamptz  not null,
    place        varchar(200),
    channel_code varchar(32)  not null,
    contact_id   bigint       references contact(id) on delete set null,
    summary      varchar(300) not null,
    details      text,
    recorded_by  bigint       references app_user(id),
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create index interaction_customer_idx on interaction(customer_id, occurred_at desc);

create table interaction_attachment (
    id             bigint generated always as identity primary key,
    interaction_id bigint       not null references interaction(id) on delete cascade,
    filename       varchar(255) not null,
    content_type   varchar(100),
    size_bytes     bigint       not null,
    content        bytea        not null,
    created_at     timestamptz  not null default now()
);
create index interaction_attachment_idx on interaction_attachment(interaction_id);

create table customer_ownership (
    id          bigint generated always as identity primary key,
    customer_id bigint       not null references customer(id) on delete cascade,
    owner_id    bigint       not null references app_user(id),
    from_at     timestamptz  not null default now(),
    to_at       timestamptz,
    reason      varchar(300),
    changed_by  bigint       references app_user(id)
);
create index customer_ownership_customer_idx on customer_ownership(customer_id, from_at desc);

create table saved_filter (
    id          bigint generated always as identity primary key,
    user_id     bigint       not null references app_user(id) on delete cascade,
    list        varchar(32)  not null,
    name        varchar(100) not null,
    query       varchar(2000) not null,
    created_at  timestamptz  not null default now(),
    unique (user_id, list, name)
);
