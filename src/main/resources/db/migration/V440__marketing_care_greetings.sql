-- Customer care (客户关怀): the greetings (birthday, festival, anniversary of becoming a customer) that the daily job
-- prepares a few days ahead for each owner to review, edit and send. One greeting per contact, occasion and day, so
-- that the job can run any number of times. Contacts and customers are referred to by id (another module's records).
create table care_greeting (
    id             bigint generated always as identity primary key,
    occasion       varchar(32)   not null,
    occasion_date  date          not null,
    years          int,
    contact_id     bigint        not null,
    customer_id    bigint        not null,
    owner_id       bigint        references app_user(id),
    subject        varchar(200)  not null,
    body           varchar(4000) not null,
    status         varchar(16)   not null default 'PREPARED' check (status in ('PREPARED', 'SENT', 'SKIPPED')),
    skip_reason    varchar(40),
    prepared_at    timestamptz   not null default now(),
    sent_at        timestamptz,
    sent_by        bigint        references app_user(id),
    mail_id        bigint,
    version        bigint        not null default 0,
    constraint care_greeting_once unique (contact_id, occasion, occasion_date)
);
-- The owner's list (by day) and the customer's timeline.
create index care_greeting_owner_date_idx on care_greeting(owner_id, occasion_date, id);
create index care_greeting_customer_idx on care_greeting(customer_id, sent_at desc);

-- Reviewing and sending the greetings of the customers in one's scope.
insert into role_permission(role_id, permission)
select r.id, 'marketing.care' from role r
 where r.code in ('ADMIN', 'EXECUTIVE', 'SALES_DIRECTOR', 'ACCOUNT_MANAGER', 'MARKETING')
on conflict do nothing;
