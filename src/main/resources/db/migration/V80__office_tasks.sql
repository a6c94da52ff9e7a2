-- Tasks and appointments. The assignee is the owner for the data scope. Customer, contact and opportunity
-- belong to other modules and are kept as plain ids (no foreign keys across modules).
create table task (
    id                    bigint generated always as identity primary key,
    kind                  varchar(16)  not null check (kind in ('TASK', 'APPOINTMENT')),
    title                 varchar(200) not null,
    description           text,
    -- A task's due time; an appointment's start.
    due_at                timestamptz  not null,
    -- An appointment's end (after its start).
    end_at                timestamptz,
    place                 varchar(200),
    assignee_id           bigint       not null references app_user(id),
    created_by            bigint       not null references app_user(id),
    priority              varchar(8)   not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH')),
    status                varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    completed_at          timestamptz,
    remind_before_minutes integer      check (remind_before_minutes between 0 and 43200),
    -- due_at minus remind_before_minutes, kept by the application (a generated column cannot subtract an interval).
    remind_at             timestamptz,
    -- Set by the reminder job only; cleared when the reminder time moves into the future.
    reminded_at           timestamptz,
    customer_id           bigint,
    contact_id            bigint,
    opportunity_id        bigint,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint task_end_after_start check (end_at is null or end_at > due_at),
    constraint task_completed_when_done check ((status = 'DONE') = (completed_at is not null))
);

-- The list and the calendar: one's own (or the team's) tasks by due time.
create index task_assignee_due_idx on task(assignee_id, due_at, id);
create index task_due_idx on task(due_at, id);
-- The reminder job looks only at open, not yet reminded tasks.
create index task_reminder_idx on task(remind_at) where status = 'OPEN' and reminded_at is null and remind_at is not null;
create index task_customer_idx on task(customer_id, due_at) where customer_id is not null;
create index task_opportunity_idx on task(opportunity_id) where opportunity_id is not null;
