-- E-mail written by staff to colleagues and customers' contacts: what was written and to whom, for the sender's
-- "sent" list and the customer's timeline. Each recipient's copy goes out through the mail module (mail_message).
create table office_mail (
    id          bigint generated always as identity primary key,
    sender_id   bigint        not null references app_user(id),
    subject     varchar(200)  not null,
    body        text          not null,
    sent_at     timestamptz   not null
);
-- the sender's list, newest first
create index office_mail_sender_idx on office_mail(sender_id, id desc);

-- A recipient is a staff member (user_id) or a contact of a customer (contact_id and its customer_id at the time,
-- ids of the customer module's records); name and address as they were when the mail was sent.
create table office_mail_recipient (
    id               bigint generated always as identity primary key,
    mail_id          bigint        not null references office_mail(id) on delete cascade,
    user_id          bigint        references app_user(id) on delete set null,
    contact_id       bigint,
    customer_id      bigint,
    name             varchar(100)  not null,
    address          varchar(320)  not null,
    mail_message_id  bigint        not null
);
create index office_mail_recipient_mail_idx on office_mail_recipient(mail_id);
-- the customer's timeline, newest first
create index office_mail_recipient_customer_idx on office_mail_recipient(customer_id, mail_id desc) where customer_id is not null;

create table office_mail_attachment (
    id            bigint generated always as identity primary key,
    mail_id       bigint        not null references office_mail(id) on delete cascade,
    filename      varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    int           not null,
    content       bytea         not null
);
create index office_mail_attachment_mail_idx on office_mail_attachment(mail_id, id);
