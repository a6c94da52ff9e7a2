-- The guestbook (留言簿, issue 10): customers' contacts leave suggestions and reply to each other; staff moderate
-- (客户意见管理), answer as staff and turn a post into a suggestion ticket. A thread is a root post (thread_id null)
-- with its replies (thread_id = the root): one level of replies. An author is either a portal account or a staff
-- user, never both. The author's name ("contact · company") is kept as written at posting time, so that the
-- list needs no read of the customer module's tables. Customers, contacts and tickets are referred to by id.
create table portal_guestbook_post (
    id             bigint generated always as identity primary key,
    thread_id      bigint        references portal_guestbook_post(id) on delete cascade,
    account_id     bigint        references portal_account(id) on delete cascade,
    customer_id    bigint,
    contact_id     bigint,
    staff_user_id  bigint        references app_user(id),
    author_name    varchar(200)  not null,
    body           varchar(2000) not null,
    status         varchar(8)    not null default 'VISIBLE' check (status in ('VISIBLE', 'HIDDEN', 'DELETED')),
    hidden_reason  varchar(500),
    moderated_by   bigint        references app_user(id),
    moderated_at   timestamptz,
    ticket_id      bigint,
    created_at     timestamptz   not null default now(),
    edited_at      timestamptz,
    version        bigint        not null default 0,
    check ((account_id is null) <> (staff_user_id is null)),
    check (status <> 'HIDDEN' or hidden_reason is not null)
);
-- The portal's list: threads newest first, keyset paged by id.
create index portal_guestbook_thread_idx on portal_guestbook_post(id desc) where thread_id is null and status <> 'DELETED';
-- A page of threads fetches its replies by thread.
create index portal_guestbook_reply_idx on portal_guestbook_post(thread_id, id) where thread_id is not null;
-- The moderation list: by status, newest first; its date filter and the expired-posts rule read created_at.
create index portal_guestbook_status_idx on portal_guestbook_post(status, id desc);
create index portal_guestbook_created_idx on portal_guestbook_post(created_at);
-- The rate limit counts an account's recent posts.
create index portal_guestbook_account_idx on portal_guestbook_post(account_id, created_at) where account_id is not null;
-- The moderation list's text filter: substring search of Chinese text.
create index portal_guestbook_body_trgm_idx on portal_guestbook_post using gin (body gin_trgm_ops);
-- The ticket page's card finds the post a ticket came from.
create index portal_guestbook_ticket_idx on portal_guestbook_post(ticket_id) where ticket_id is not null;
