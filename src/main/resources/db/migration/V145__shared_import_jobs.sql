-- Import jobs (shared kernel): the state, counts and outcome of a file import that runs in the
-- background, kept in the database so that any application node can answer a poll for it.
create table import_job (
    id               bigint generated always as identity primary key,
    kind             varchar(32)  not null,
    owner_id         bigint       not null references app_user(id),
    filename         varchar(255),
    options          varchar(64),
    state            varchar(16)  not null default 'QUEUED'
                     check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    phase            varchar(16),
    rows_total       bigint,
    rows_read        bigint       not null default 0,
    rows_valid       bigint       not null default 0,
    rows_with_errors bigint       not null default 0,
    error_count      bigint       not null default 0,
    result           jsonb,
    failure          varchar(500),
    node             varchar(100),
    created_at       timestamptz  not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    -- Renewed every few seconds by the node running the job: a job whose node stopped is shown as failed.
    heartbeat_at     timestamptz  not null default now()
);
create index import_job_owner_idx on import_job(owner_id, created_at desc);
create index import_job_unfinished_idx on import_job(heartbeat_at) where state in ('QUEUED', 'RUNNING');

-- The row report of a job, paged by (row_number, position): position keeps a row's errors in the
-- order they were found. Held here, not in memory, so that a file of 500,000 bad rows costs no heap.
create table import_job_error (
    job_id     bigint        not null references import_job(id) on delete cascade,
    row_number integer       not null,
    position   integer       not null,
    field      varchar(64)   not null,
    message    varchar(1000) not null,
    primary key (job_id, row_number, position)
);
