create table department (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    parent_id   bigint references department(id),
    sort_order  int          not null default 0,
    version     bigint       not null default 0
);
create index department_parent_idx on department(parent_id);

create table role (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    data_scope  varchar(16)  not null check (data_scope in ('OWN', 'DEPARTMENT', 'ALL')),
    system_role boolean      not null default false,
    version     bigint       not null default 0
);

create table role_permission (
    role_id     bigint      not null references role(id) on delete cascade,
    permission  varchar(64) not null,
    primary key (role_id, permission)
);

create table app_user (
    id              bigint generated always as identity primary key,
    username        varchar(64)  not null unique,
    password_hash   varchar(200) not null,
    name            varchar(100) not null,
    employee_code   varchar(32)  unique,
    department_id   bigint       references department(id),
    position_code   varchar(32),
    level_code      varchar(32),
    phone           varchar(32),
    email           varchar(200),
    enabled         boolean      not null default true,
    failed_logins   int          not null default 0,
    locked_until    timestamptz,
    preferred_locale varchar(16),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);
create index app_user_department_idx on app_user(department_id);

create table user_role (
    user_id bigint not null references app_user(id) on delete cascade,
    role_id bigint not null references role(id),
    primary key (user_id, role_id)
);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user(id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(128) not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token(user_id);

create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null default now(),
    actor_id    bigint,
    actor_name  varchar(64),
    action      varchar(32)  not null,
    entity_type varchar(32)  not null,
    entity_id   bigint,
    summary     varchar(300),
    old_value   jsonb,
    new_value   jsonb,
    address     varchar(64)
);
create index audit_log_at_idx on audit_log(at desc, id desc);
create index audit_log_entity_idx on audit_log(entity_type, entity_id, at desc);
create index audit_log_actor_idx on audit_log(actor_id, at desc);

-- Spring Security's shared lock of scheduled jobs (ShedLock) comes with the jobs that need it.
