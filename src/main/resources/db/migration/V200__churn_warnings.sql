-- Churn (客户流失管理): the settings of the rule, one warning per customer and episode, and the history of
-- what happened to each warning. Customers are referred to by id (another module's records).

-- One row: the inactivity period and the P(alive) threshold of the early warning.
create table churn_setting (
    id                smallint      primary key default 1 check (id = 1),
    inactivity_months int           not null default 6 check (inactivity_months between 1 and 60),
    palive_threshold  numeric(4, 3) not null default 0.300 check (palive_threshold > 0 and palive_threshold < 1),
    updated_by        bigint references app_user(id),
    updated_at        timestamptz   not null default now(),
    version           bigint        not null default 0
);
insert into churn_setting default values;

-- PENDING: waits for the owner; POSTPONED: measures taken, hidden until postponed_until; CONFIRMED: the customer
-- is lost; CLEARED: the customer ordered again (the warning is history). A customer has at most one warning
-- that is not cleared.
create table churn_warning (
    id              bigint generated always as identity primary key,
    customer_id     bigint        not null,
    state           varchar(16)   not null check (state in ('PENDING', 'POSTPONED', 'CONFIRMED', 'CLEARED')),
    last_sale       date          not null,
    flagged_on      date          not null,
    postponed_until date,
    measure         varchar(1000),
    reason_code     varchar(32),
    closed_on       date,
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0
);
create unique index churn_warning_open_idx on churn_warning(customer_id) where state <> 'CLEARED';
-- The list: by state, longest without a sale first, id last for keyset paging.
create index churn_warning_state_idx on churn_warning(state, last_sale, id);
create index churn_warning_postponed_idx on churn_warning(postponed_until) where state = 'POSTPONED';
create index churn_warning_customer_idx on churn_warning(customer_id);

-- Every step of a warning: flagged by the job, postponed (measure and until when), back after the postponement,
-- confirmed (reason), cleared by a new order, or a lost customer active again.
create table churn_action (
    id          bigint generated always as identity primary key,
    warning_id  bigint        not null references churn_warning(id) on delete cascade,
    customer_id bigint        not null,
    action      varchar(16)   not null check (action in ('FLAGGED', 'POSTPONED', 'RETURNED', 'CONFIRMED', 'CLEARED', 'REACTIVATED')),
    measure     varchar(1000),
    until       date,
    reason_code varchar(32),
    actor_id    bigint references app_user(id),
    at          timestamptz   not null default now()
);
create index churn_action_customer_idx on churn_action(customer_id, at desc, id desc);
create index churn_action_warning_idx on churn_action(warning_id);
-- The churn analysis counts confirmations by day.
create index churn_action_confirmed_idx on churn_action(at) where action = 'CONFIRMED';
