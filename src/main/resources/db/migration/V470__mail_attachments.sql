-- Files sent with a message, kept with it so that a retry after a failure sends the same files.
create table mail_attachment (
    id            bigint generated always as identity primary key,
    message_id    bigint        not null references mail_message(id) on delete cascade,
    position      int           not null,
    filename      varchar(255)  not null,
    content_type  varchar(100)  not null,
    content       bytea         not null
);
create index mail_attachment_message_idx on mail_attachment(message_id, position);
