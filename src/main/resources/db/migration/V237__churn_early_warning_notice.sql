-- How many customers of each owner the early churn warning (P(alive) below the threshold) listed when the daily
-- scan last told the owner, so that the owner is told again only when the list has grown, not every day.
create table churn_early_notice (
    owner_id    bigint      primary key references app_user(id) on delete cascade,
    customers   bigint      not null,
    noticed_at  timestamptz not null
);
