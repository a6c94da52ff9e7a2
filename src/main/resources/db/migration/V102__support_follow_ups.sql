-- Follow-up visits (回访): planned after an archived ticket or by hand, with their result.
create table follow_up (
    id             bigint generated always as identity primary key,
    customer_id    bigint        not null,
    contact_id     bigint,
    ticket_id      bigint,
    ticket_number  varchar(40),
    planned_on     date          not null,
    assignee_id    bigint        references app_user(id),
    method         varchar(8)    not null check (method in ('PHONE', 'VISIT', 'MAIL')),
    note           varchar(1000),
    result         varchar(2000),
    satisfaction   int           check (satisfaction between 1 and 5),
    done_at        timestamptz,
    done_by        bigint        references app_user(id),
    created_by     bigint        references app_user(id),
    created_at     timestamptz   not null default now(),
    version        bigint        not null default 0
);
-- Lists sort by planned date and filter by assignee and by open/done; the timeline reads by customer.
create index follow_up_planned_idx on follow_up(planned_on, id) where done_at is null;
create index follow_up_all_idx on follow_up(planned_on, id);
create index follow_up_assignee_idx on follow_up(assignee_id, planned_on, id);
create index follow_up_customer_idx on follow_up(customer_id);
create index follow_up_ticket_idx on follow_up(ticket_id) where ticket_id is not null;
