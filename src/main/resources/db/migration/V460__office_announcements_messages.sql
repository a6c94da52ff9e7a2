-- Announcements (公告): to everyone or to departments (a department includes its sub-departments), with a publish
-- period and a must-read flag; who has read and who has confirmed, per user.
create table announcement (
    id              bigint generated always as identity primary key,
    title           varchar(200) not null,
    body            text         not null,
    -- TEXT is shown as written; MARKDOWN is rendered and sanitised as the knowledge base does it.
    body_format     varchar(8)   not null default 'TEXT' check (body_format in ('TEXT', 'MARKDOWN')),
    to_everyone     boolean      not null,
    must_read       boolean      not null default false,
    -- The publish period in days of the company's calendar, both ends included; no end: until withdrawn.
    published_from  date         not null,
    published_until date,
    author_id       bigint       not null references app_user(id),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint announcement_period check (published_until is null or published_until >= published_from)
);
-- The list: newest publish day first.
create index announcement_published_idx on announcement(published_from desc, id desc);

create table announcement_department (
    announcement_id bigint not null references announcement(id) on delete cascade,
    department_id   bigint not null references department(id) on delete cascade,
    primary key (announcement_id, department_id)
);
create index announcement_department_dept_idx on announcement_department(department_id);

-- A row once the user has opened the announcement; confirmed_at once they confirmed a must-read one.
create table announcement_read (
    announcement_id bigint      not null references announcement(id) on delete cascade,
    user_id         bigint      not null references app_user(id) on delete cascade,
    read_at         timestamptz not null,
    confirmed_at    timestamptz,
    primary key (announcement_id, user_id)
);
create index announcement_read_user_idx on announcement_read(user_id, announcement_id);

-- Internal messages (短信) between users. A reply names the message it answers; thread_id is the first message of
-- the conversation (null on that first message itself), so that a conversation is read with one index.
create table internal_message (
    id          bigint generated always as identity primary key,
    sender_id   bigint       not null references app_user(id),
    subject     varchar(200) not null,
    body        text         not null,
    reply_to_id bigint references internal_message(id),
    thread_id   bigint references internal_message(id),
    sent_at     timestamptz  not null
);
create index internal_message_sender_idx on internal_message(sender_id, id desc);
create index internal_message_thread_idx on internal_message(thread_id, id) where thread_id is not null;

create table internal_message_recipient (
    message_id   bigint not null references internal_message(id) on delete cascade,
    recipient_id bigint not null references app_user(id),
    read_at      timestamptz,
    primary key (message_id, recipient_id)
);
-- The inbox (newest first) and the unread count beside the bell.
create index internal_message_inbox_idx on internal_message_recipient(recipient_id, message_id desc);
create index internal_message_unread_idx on internal_message_recipient(recipient_id) where read_at is null;
