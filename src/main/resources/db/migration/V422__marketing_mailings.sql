-- Marketing mailings (issue 11): one per source (a campaign), with its template, the contacts the gate admitted
-- (each with a token for its tracked links), the links, the clicks, and one unsubscribe token per contact.
-- contact_id and customer_id refer to the customer module's records by id.
create table marketing_mailing (
    id           bigint generated always as identity primary key,
    source_kind  varchar(30)   not null,
    source_id    bigint        not null,
    subject      varchar(200)  not null,
    body         text          not null,
    base_url     varchar(500)  not null,
    status       varchar(20)   not null,
    updated_at   timestamptz   not null,
    queued       integer       not null default 0,
    skipped      integer       not null default 0,
    error        varchar(2000),
    started_by   bigint        references app_user(id),
    started_at   timestamptz   not null,
    finished_at  timestamptz,
    unique (source_kind, source_id)
);

create table marketing_mailing_link (
    mailing_id  bigint         not null references marketing_mailing(id) on delete cascade,
    link_no     integer        not null,
    url         varchar(2000)  not null,
    primary key (mailing_id, link_no)
);

create table marketing_mail_recipient (
    mailing_id   bigint       not null references marketing_mailing(id) on delete cascade,
    contact_id   bigint       not null,
    customer_id  bigint       not null,
    token        varchar(64)  not null unique,
    mail_id      bigint,
    skipped      boolean      not null default false,
    primary key (mailing_id, contact_id)
);
create index marketing_mail_recipient_pending_idx on marketing_mail_recipient(mailing_id, contact_id)
    where mail_id is null and not skipped;

create table marketing_link_click (
    source_kind  varchar(30)  not null,
    source_id    bigint       not null,
    contact_id   bigint       not null,
    customer_id  bigint       not null,
    link_no      integer      not null,
    clicked_at   timestamptz  not null,
    primary key (source_kind, source_id, contact_id)
);

create table marketing_unsubscribe_token (
    contact_id  bigint       primary key,
    token       varchar(64)  not null unique,
    created_at  timestamptz  not null default now(),
    used_at     timestamptz
);
