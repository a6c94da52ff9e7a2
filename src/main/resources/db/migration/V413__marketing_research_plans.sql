-- Market research (市场调查) and marketing plans (营销方案), issue 11 section 1.
create table marketing_research (
    id           bigint generated always as identity primary key,
    topic        varchar(200) not null,
    method       varchar(20)  not null check (method in ('QUESTIONNAIRE', 'INTERVIEW', 'FOCUS_GROUP', 'OBSERVATION', 'DESK', 'ONLINE', 'OTHER')),
    period_start date         not null,
    period_end   date         not null,
    findings     text,
    created_by   bigint       references app_user(id),
    updated_by   bigint       references app_user(id),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    constraint marketing_research_period_check check (period_end >= period_start)
);
create index marketing_research_period_idx on marketing_research(period_start desc, id desc);

-- The research's files (questionnaires, reports, photos), each recognised by its content (shared.FileType).
create table marketing_research_file (
    id           bigint generated always as identity primary key,
    research_id  bigint       not null references marketing_research(id) on delete cascade,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    created_by   bigint       references app_user(id),
    created_at   timestamptz  not null default now()
);
create index marketing_research_file_research_idx on marketing_research_file(research_id);

-- A plan: goal, target segment, channels, budget, period; DRAFT -> SUBMITTED -> APPROVED or REJECTED (with a
-- reason) by a user with marketing.plan.approve; a rejected plan may be edited and submitted again.
create table marketing_plan (
    id              bigint generated always as identity primary key,
    name            varchar(200)   not null,
    goal            text           not null,
    segment_id      bigint         references marketing_segment(id) on delete set null,
    channels        varchar(16)[]  not null,
    budget          numeric(14, 2) not null check (budget >= 0),
    period_start    date           not null,
    period_end      date           not null,
    status          varchar(12)    not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    decided_by      bigint         references app_user(id),
    decided_at      timestamptz,
    decision_reason varchar(500),
    created_by      bigint         references app_user(id),
    updated_by      bigint         references app_user(id),
    created_at      timestamptz    not null default now(),
    updated_at      timestamptz    not null default now(),
    version         bigint         not null default 0,
    constraint marketing_plan_period_check check (period_end >= period_start)
);
create index marketing_plan_status_idx on marketing_plan(status, id desc);
