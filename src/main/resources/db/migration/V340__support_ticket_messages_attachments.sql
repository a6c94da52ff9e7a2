-- The conversation of a ticket with the customer (issue 10, portal service): messages written by the customer's
-- contact on the portal or by staff as a reply to the customer, and the files attached to a ticket or one of its
-- messages. Staff-internal notes stay in ticket_step; only these messages are shown to the customer.
-- Contacts belong to the customer module: referred to by id only.
create table ticket_message (
    id          bigint generated always as identity primary key,
    ticket_id   bigint        not null references ticket(id) on delete cascade,
    author      varchar(16)   not null check (author in ('CUSTOMER', 'STAFF')),
    contact_id  bigint,
    user_id     bigint        references app_user(id),
    body        text          not null,
    created_at  timestamptz   not null
);
create index ticket_message_ticket_idx on ticket_message(ticket_id, created_at, id);

-- Files in the database like the other attachments, so that every application node serves them; the type was read
-- from the content when stored. message_id is null for the files given when the ticket was opened.
create table ticket_attachment (
    id            bigint generated always as identity primary key,
    ticket_id     bigint        not null references ticket(id) on delete cascade,
    message_id    bigint        references ticket_message(id) on delete cascade,
    filename      varchar(255)  not null,
    content_type  varchar(120)  not null,
    size_bytes    bigint        not null,
    content       bytea         not null,
    created_at    timestamptz   not null default now()
);
create index ticket_attachment_ticket_idx on ticket_attachment(ticket_id, id);

-- The portal lists one contact's tickets newest first.
create index ticket_contact_idx on ticket(contact_id, id desc);
