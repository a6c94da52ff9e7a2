-- Sales targets (业绩目标): each person's revenue target per month. A person's twelve months of a year are
-- edited together (the grid row, one API item), so the version that guards against two editors is kept once per
-- person and year; a department's target is the sum of its people's.
create table analytics_target_plan (
    user_id    bigint      not null references app_user(id),
    year       int         not null check (year between 2000 and 2100),
    version    bigint      not null default 0,
    updated_by bigint      references app_user(id),
    updated_at timestamptz not null default now(),
    primary key (user_id, year)
);

create table analytics_sales_target (
    user_id bigint         not null,
    year    int            not null,
    month   int            not null check (month between 1 and 12),
    amount  numeric(14, 2) not null check (amount >= 0),
    primary key (user_id, year, month),
    foreign key (user_id, year) references analytics_target_plan(user_id, year) on delete cascade
);
-- The dashboards read one month of many people (a team, the company): by year and month first.
create index analytics_sales_target_month_idx on analytics_sales_target(year, month) include (user_id, amount);
