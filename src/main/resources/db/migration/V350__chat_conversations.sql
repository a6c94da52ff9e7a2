-- Live Q&A (issue 10): a customer's conversation with the service staff, its messages, and which operators are online.
-- customer_id / contact_id refer to the customer module by id (no foreign key across modules); the operator is a user.
create table chat_conversation (
    id            bigint generated always as identity primary key,
    customer_id   bigint       not null,
    contact_id    bigint       not null,
    portal_account_id bigint,
    status        varchar(16)  not null check (status in ('WAITING', 'ACTIVE', 'CLOSED', 'TICKETED')),
    operator_id   bigint       references app_user(id),
    started_at    timestamptz  not null,
    taken_at      timestamptz,
    ended_at      timestamptz,
    ticket_id     bigint,
    ticket_number varchar(32),
    last_message_at timestamptz not null
);
-- The operators' queue: waiting conversations, oldest first (also the timeout job's scan).
create index chat_conversation_waiting on chat_conversation(started_at, id) where status = 'WAITING';
-- An operator's open conversations.
create index chat_conversation_operator_open on chat_conversation(operator_id) where status = 'ACTIVE';
-- History (newest first, keyset) and the customer page / timeline / portal list.
create index chat_conversation_started on chat_conversation(started_at desc, id desc);
create index chat_conversation_customer on chat_conversation(customer_id, started_at desc, id desc);
create index chat_conversation_contact on chat_conversation(contact_id, started_at desc, id desc);
create index chat_conversation_operator on chat_conversation(operator_id, started_at desc, id desc);

create table chat_message (
    id              bigint generated always as identity primary key,
    conversation_id bigint       not null references chat_conversation(id) on delete cascade,
    sender          varchar(16)  not null check (sender in ('CUSTOMER', 'STAFF', 'SYSTEM')),
    author_id       bigint,
    author_name     varchar(100),
    body            varchar(2000) not null,
    sent_at         timestamptz  not null
);
-- A transcript in order, and the resumption after a reconnect (id > Last-Event-ID).
create index chat_message_conversation on chat_message(conversation_id, id);

-- An operator is online while their console is open: each node refreshes seen_at of the consoles it holds.
create table chat_operator_presence (
    user_id  bigint      primary key references app_user(id) on delete cascade,
    seen_at  timestamptz not null
);
