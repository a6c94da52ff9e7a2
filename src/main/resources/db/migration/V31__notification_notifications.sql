create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint       not null references app_user(id),
    message_key  varchar(120) not null,
    args         text[]       not null default '{}',
    link         varchar(300),
    created_at   timestamptz  not null,
    read_at      timestamptz
);
-- The bell: a user's newest, and the count of the unread.
create index notification_recipient_idx on notification(recipient_id, created_at desc);
create index notification_unread_idx on notification(recipient_id) where read_at is null;
