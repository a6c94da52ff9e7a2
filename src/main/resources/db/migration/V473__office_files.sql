-- The personal file cabinet (个人文件柜): each user's own files, seen by nobody else.
create table office_file (
    id            bigint generated always as identity primary key,
    owner_id      bigint        not null references app_user(id) on delete cascade,
    filename      varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    content       bytea         not null,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       bigint        not null default 0
);
create index office_file_owner_idx on office_file(owner_id, filename, id);

-- The one row of the cabinet's settings: how many bytes each user may keep (administrators change it).
create table office_file_setting (
    id           int           primary key check (id = 1),
    quota_bytes  bigint        not null check (quota_bytes > 0),
    updated_by   bigint        references app_user(id) on delete set null,
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0
);
insert into office_file_setting(id, quota_bytes) values (1, 104857600);
