-- The portal's public showcase (issue 10): alliance and partner enterprises, concept products, customers' DIY
-- designs with their review, product pictures, and the files they show. Files are kept in the database like the
-- interaction attachments, so that every application node serves them.
create table portal_enterprise (
    id          bigint generated always as identity primary key,
    kind        varchar(16)   not null check (kind in ('ALLIANCE', 'PARTNER')),
    name        varchar(200)  not null,
    summary     varchar(500),
    body        text,
    website     varchar(200),
    sort_order  int           not null default 0,
    published   boolean       not null default false,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     bigint        not null default 0
);
-- The public pages list the published ones of a kind in their order.
create index portal_enterprise_kind_idx on portal_enterprise(kind, published, sort_order, id);

create table portal_concept (
    id          bigint generated always as identity primary key,
    name        varchar(200)  not null,
    description text,
    stage       varchar(16)   not null check (stage in ('IDEA', 'DESIGN', 'PROTOTYPE', 'TRIAL')),
    sort_order  int           not null default 0,
    published   boolean       not null default false,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    version     bigint        not null default 0
);
create index portal_concept_published_idx on portal_concept(published, sort_order, id);

-- Customers and contacts belong to the customer module: referred to by id only.
create table portal_diy_design (
    id           bigint generated always as identity primary key,
    customer_id  bigint        not null,
    contact_id   bigint,
    title        varchar(200)  not null,
    description  text,
    status       varchar(16)   not null default 'SUBMITTED'
                     check (status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'RECOMMENDED')),
    reason       varchar(1000),
    reviewed_by  bigint references app_user(id),
    reviewed_at  timestamptz,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0
);
-- The review list: newest first, by status; a customer's own designs.
create index portal_diy_design_status_idx on portal_diy_design(status, id desc);
create index portal_diy_design_id_desc_idx on portal_diy_design(id desc);
create index portal_diy_design_customer_idx on portal_diy_design(customer_id, id desc);

-- A file of a showcase record: owner_kind says which table owner_id points into (a product of the catalogue for
-- PRODUCT). Its type was read from its content when it was stored, never taken from the upload's own claim.
create table portal_file (
    id            bigint generated always as identity primary key,
    owner_kind    varchar(16)   not null check (owner_kind in ('ENTERPRISE', 'CONCEPT', 'DIY', 'PRODUCT')),
    owner_id      bigint        not null,
    filename      varchar(255)  not null,
    content_type  varchar(120)  not null,
    size_bytes    bigint        not null,
    content       bytea         not null,
    sort_order    int           not null default 0,
    created_at    timestamptz   not null default now()
);
create index portal_file_owner_idx on portal_file(owner_kind, owner_id, sort_order, id);

-- Order tracking tries, per client address and per order number, for the rate limit; shared by every node.
create table portal_track_attempt (
    id            bigint generated always as identity primary key,
    client_key    varchar(64)   not null,
    order_key     varchar(64)   not null,
    attempted_at  timestamptz   not null default now()
);
create index portal_track_attempt_client_idx on portal_track_attempt(client_key, attempted_at);
create index portal_track_attempt_order_idx on portal_track_attempt(order_key, attempted_at);
create index portal_track_attempt_at_idx on portal_track_attempt(attempted_at);
