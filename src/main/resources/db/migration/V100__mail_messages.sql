-- Every outgoing mail: kept in the outbox without SMTP settings, sent (and retried) with them.
create table mail_message (
    id            bigint generated always as identity primary key,
    recipient     varchar(320)  not null,
    subject       varchar(500)  not null,
    html_body     text          not null,
    text_body     text          not null,
    status        varchar(16)   not null default 'OUTBOX' check (status in ('OUTBOX', 'SENT', 'FAILED')),
    error         varchar(2000),
    attempts      int           not null default 0,
    created_at    timestamptz   not null default now(),
    sent_at       timestamptz
);
-- The outbox page lists newest first and filters by status; the retry job looks for failed ones.
create index mail_message_created_idx on mail_message(created_at desc, id desc);
create index mail_message_status_idx on mail_message(status, created_at desc, id desc);
