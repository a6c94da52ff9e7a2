-- Portal accounts: the customers' contacts who sign in to the portal (issue 10). A contact has at most one
-- account; the customer id is kept beside the contact id so that every portal query is scoped by an indexed
-- column. Contacts and customers belong to the customer module: referred to by id, no foreign key.
create table portal_account (
    id            bigint generated always as identity primary key,
    contact_id    bigint       not null unique,
    customer_id   bigint       not null,
    login         varchar(200) not null,
    password_hash varchar(200),
    status        varchar(16)  not null check (status in ('ACTIVE', 'DISABLED', 'INVITED')),
    failed_logins int          not null default 0,
    locked_until  timestamptz,
    last_login_at timestamptz,
    invited_by    bigint       references app_user(id),
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
-- Logins compare without case (an e-mail address typed with capitals is the same address).
create unique index portal_account_login_idx on portal_account(lower(login));
create index portal_account_customer_idx on portal_account(customer_id);
-- The back office list: newest first, keyset paged.
create index portal_account_created_idx on portal_account(created_at desc, id desc);

-- One-time links mailed to a contact: an invitation (set the first password) or a password reset. Only the
-- SHA-256 of the token is kept, so that reading the table signs nobody in.
create table portal_token (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references portal_account(id) on delete cascade,
    purpose    varchar(16) not null check (purpose in ('INVITATION', 'RESET')),
    token_hash char(64)    not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index portal_token_account_idx on portal_token(account_id, purpose);

-- The permission of the portal accounts page and the invitation API.
insert into role_permission(role_id, permission)
select r.id, 'portal.account.manage' from role r where r.code in ('ADMIN', 'SERVICE_MANAGER', 'MARKETING')
on conflict do nothing;
