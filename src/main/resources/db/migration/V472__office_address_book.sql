-- Personal address book entries (个人通讯录): each user's own, seen by nobody else.
create table office_address_entry (
    id             bigint generated always as identity primary key,
    owner_id       bigint        not null references app_user(id) on delete cascade,
    name           varchar(100)  not null,
    name_initials  varchar(200)  not null,
    company        varchar(200),
    title          varchar(100),
    mobile         varchar(32),
    phone          varchar(32),
    email          varchar(200),
    address        varchar(300),
    note           varchar(1000),
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    version        bigint        not null default 0
);
create index office_address_entry_owner_idx on office_address_entry(owner_id, name, id);

-- The pinyin initials of contacts' names, for finding 周敏 by "zm": SQL cannot compute pinyin, and the contact table
-- belongs to the customer module, so the address book keeps its own search column beside it, refreshed from the
-- contacts' names (the row's name says which name the initials were computed from; a changed name is recomputed).
create table office_contact_initials (
    contact_id     bigint        primary key,
    name           varchar(100)  not null,
    initials       varchar(200)  not null,
    source_updated timestamptz   not null
);
create index office_contact_initials_trgm_idx on office_contact_initials using gin (initials gin_trgm_ops);
create index office_contact_initials_updated_idx on office_contact_initials(source_updated);
-- The refresh reads the contacts changed since its last run.
create index if not exists contact_updated_idx on contact(updated_at);
