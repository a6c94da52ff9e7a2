-- Company details a customer's contact asked to change on the portal, for the account manager to accept or reject.
-- Customers, contacts and portal accounts are referred to by id only (other modules' records).
create table portal_company_change (
    id           bigint generated always as identity primary key,
    customer_id  bigint        not null,
    contact_id   bigint        not null,
    status       varchar(16)   not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    reason       varchar(1000),
    decided_by   bigint references app_user(id),
    decided_at   timestamptz,
    created_at   timestamptz   not null default now(),
    version      bigint        not null default 0
);
-- The customer page's card and the profile: a customer's requests, newest first; at most one pending per customer.
create index portal_company_change_customer_idx on portal_company_change(customer_id, id desc);
create unique index portal_company_change_one_pending_idx on portal_company_change(customer_id) where status = 'PENDING';

-- One changed field of a request: the value the customer saw (old) and the one they asked for (new).
create table portal_company_change_field (
    request_id  bigint        not null references portal_company_change(id) on delete cascade,
    field       varchar(32)   not null,
    old_value   varchar(300),
    new_value   varchar(300),
    primary key (request_id, field)
);
