-- Who counts as a loyal customer (seed 002: 忠诚客户识别): still active by P(alive), and loyal by the rating or
-- valuable by CLV. One row of settings, changed on the loyal customer page.
create table analytics_loyal_setting (
    id               int primary key default 1 check (id = 1),
    min_p_alive      numeric(4, 3) not null default 0.700 check (min_p_alive > 0 and min_p_alive < 1),
    min_loyalty      varchar(16)   not null default 'LOYAL'
                     check (min_loyalty in ('VERY_LOYAL', 'LOYAL', 'BASICALLY_LOYAL')),
    clv_top_percent  int           not null default 20 check (clv_top_percent between 1 and 100),
    version          bigint        not null default 0,
    updated_by       bigint references app_user(id),
    updated_at       timestamptz
);
insert into analytics_loyal_setting(id) values (1);
