-- Rating models (AHP) and customers' ratings. A model keeps every version of its factors and pairwise matrix
-- with the weights, λmax, CI, RI and CR computed from it; a rating records the version it used.
create table rating_model (
    id                 bigint generated always as identity primary key,
    kind               varchar(8)   not null check (kind in ('LOYALTY', 'CREDIT')),
    name_zh            varchar(100) not null,
    name_en            varchar(100) not null,
    in_use             boolean      not null default true,
    current_version_id bigint,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);
-- One model of each kind rates customers at a time.
create unique index rating_model_in_use_idx on rating_model(kind) where in_use;

create table rating_model_version (
    id          bigint generated always as identity primary key,
    model_id    bigint           not null references rating_model(id),
    number      int              not null,
    factors     jsonb            not null,
    matrix      jsonb            not null,
    weights     jsonb            not null,
    lambda_max  double precision not null,
    ci          double precision not null,
    ri          double precision not null,
    cr          double precision not null,
    created_by  bigint           references app_user(id),
    created_at  timestamptz      not null default now(),
    unique (model_id, number)
);
alter table rating_model add constraint rating_model_current_version_fk
    foreign key (current_version_id) references rating_model_version(id);

-- Every rating ever given: who, when, the grades with the weights used, the score and the level.
create table customer_rating (
    id               bigint generated always as identity primary key,
    customer_id      bigint        not null,
    kind             varchar(8)    not null check (kind in ('LOYALTY', 'CREDIT')),
    model_version_id bigint        not null references rating_model_version(id),
    grades           jsonb         not null,
    score            numeric(6, 4) not null check (score between 0 and 3),
    level            varchar(16)   not null,
    note             varchar(500),
    rated_by         bigint        references app_user(id),
    rated_at         timestamptz   not null default now()
);
create index customer_rating_customer_idx on customer_rating(customer_id, rated_at desc, id desc);

-- Each customer's latest rating of each kind with the customer's owner, kept by the customer events, so that the
-- distribution report counts within the reader's scope from one index.
create table rating_current (
    customer_id bigint      not null,
    kind        varchar(8)  not null,
    rating_id   bigint      not null references customer_rating(id),
    level       varchar(16) not null,
    owner_id    bigint,
    primary key (customer_id, kind)
);
create index rating_current_level_idx on rating_current(kind, level, owner_id);
