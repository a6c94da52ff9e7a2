-- The marketing gate (issue 11, 避免过度营销和骚扰): every decision per source (a campaign, a greeting) and contact,
-- with its outcome: ADMITTED, or the reason it was held back (NO_CONSENT, OPTED_OUT, CAP, NO_ADDRESS). Admitted
-- marketing touches of the current month count towards the contact's monthly cap. contact_id and customer_id refer
-- to the customer module's records by id (no foreign key across modules).
create table marketing_touch (
    source_kind  varchar(30)  not null,
    source_id    bigint       not null,
    contact_id   bigint       not null,
    customer_id  bigint       not null,
    channel      varchar(20)  not null,
    purpose      varchar(20)  not null,
    outcome      varchar(20)  not null,
    decided_at   timestamptz  not null,
    primary key (source_kind, source_id, contact_id)
);
create index marketing_touch_cap_idx on marketing_touch(contact_id, decided_at)
    where outcome = 'ADMITTED' and purpose = 'MARKETING';
create index marketing_touch_held_idx on marketing_touch(source_kind, source_id, outcome, contact_id);

-- One row: the monthly cap of marketing touches per contact, across all campaigns and channels.
create table marketing_reach_setting (
    id           smallint     primary key default 1 check (id = 1),
    monthly_cap  integer      not null default 4 check (monthly_cap between 1 and 100),
    version      bigint       not null default 0,
    updated_at   timestamptz,
    updated_by   bigint       references app_user(id)
);
insert into marketing_reach_setting(id) values (1);

-- Seeing what the gate held back, changing the cap, sending marketing mail: marketing staff and administrators.
insert into role_permission(role_id, permission)
select r.id, 'marketing.reach' from role r where r.code in ('ADMIN', 'MARKETING')
on conflict do nothing;
