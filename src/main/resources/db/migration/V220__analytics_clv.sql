-- Customer lifetime value (issue 9, section 6): each fit of the BG/NBD and Gamma-Gamma models on the purchases
-- up to a calibration end, and the scores of every customer under the latest model that finished scoring.

-- A fit and its scoring run. status: SCORING while customers are being scored (scored of customers done),
-- DONE when every customer has a row under it (the newest DONE is the current model), FAILED with a message.
-- BG/NBD rates are per week (time_unit); standard errors are null where the Hessian gave none.
create table analytics_clv_model (
    id                  bigint generated always as identity primary key,
    calibration_end     date             not null,
    time_unit           varchar(10)      not null default 'WEEKS',
    status              varchar(10)      not null,
    started_at          timestamptz      not null default now(),
    finished_at         timestamptz,
    started_by          bigint references app_user(id),
    customers           bigint           not null,
    repeat_customers    bigint           not null,
    scored              bigint           not null default 0,
    bg_r                double precision not null,
    bg_alpha            double precision not null,
    bg_a                double precision not null,
    bg_b                double precision not null,
    bg_r_se             double precision,
    bg_alpha_se         double precision,
    bg_a_se             double precision,
    bg_b_se             double precision,
    bg_log_likelihood   double precision not null,
    gg_p                double precision not null,
    gg_q                double precision not null,
    gg_gamma            double precision not null,
    gg_p_se             double precision,
    gg_q_se             double precision,
    gg_gamma_se         double precision,
    gg_log_likelihood   double precision not null,
    gg_customers        bigint           not null,
    horizon_days        int              not null,
    yearly_discount     numeric(6, 4)    not null,
    holdout             text             not null,
    message             varchar(500),
    constraint analytics_clv_model_status_check check (status in ('SCORING', 'DONE', 'FAILED'))
);
create index analytics_clv_model_current_idx on analytics_clv_model(status, id desc);

-- One row per customer and model: the customer's history as of the calibration end (x repeat purchase days,
-- t_x and T in days, mean value of the repeat purchases) and what the model expects of him.
create table analytics_customer_value (
    model_id             bigint           not null references analytics_clv_model(id) on delete cascade,
    customer_id          bigint           not null,
    x                    int              not null,
    tx_days              int              not null,
    t_days               int              not null,
    mean_value           numeric(16, 2),
    p_alive              double precision not null,
    expected_90          double precision not null,
    expected_180         double precision not null,
    expected_365         double precision not null,
    expected_order_value numeric(16, 2)   not null,
    clv                  numeric(16, 2)   not null,
    primary key (model_id, customer_id)
);

-- The settings of the CLV: its horizon and the yearly discount rate (one row).
create table analytics_clv_settings (
    id              int primary key default 1 check (id = 1),
    horizon_days    int           not null default 365 check (horizon_days between 30 and 3650),
    yearly_discount numeric(6, 4) not null default 0.10 check (yearly_discount >= 0 and yearly_discount < 1)
);
insert into analytics_clv_settings(id) values (1);
