-- Sales: opportunities, their development plan steps and the history of their states.

insert into dict_entry(type, code, label_zh, label_en, sort_order, extra) values
 ('OPPORTUNITY_STAGE', 'INITIAL', '初步接洽', 'Initial contact', 10, '10'),
 ('OPPORTUNITY_STAGE', 'NEEDS', '需求确认', 'Needs confirmed', 20, '30'),
 ('OPPORTUNITY_STAGE', 'PROPOSAL', '方案报价', 'Proposal and quote', 30, '50'),
 ('OPPORTUNITY_STAGE', 'NEGOTIATION', '商务谈判', 'Negotiation', 40, '70'),
 ('OPPORTUNITY_STAGE', 'CONTRACT', '合同签订', 'Contract signing', 50, '90');
insert into dict_entry(type, code, label_zh, label_en, sort_order) values
 ('OPPORTUNITY_SOURCE', 'TRADE_FAIR', '展会', 'Trade fair', 10),
 ('OPPORTUNITY_SOURCE', 'REFERRAL', '客户介绍', 'Referral', 20),
 ('OPPORTUNITY_SOURCE', 'WEBSITE', '官网咨询', 'Website enquiry', 30),
 ('OPPORTUNITY_SOURCE', 'COLD_CALL', '电话开发', 'Cold call', 40),
 ('OPPORTUNITY_SOURCE', 'TENDER', '招投标', 'Tender', 50),
 ('OPPORTUNITY_SOURCE', 'CAMPAIGN', '营销活动', 'Marketing campaign', 60),
 ('OPPORTUNITY_SOURCE', 'PARTNER', '渠道伙伴', 'Channel partner', 70),
 ('LOST_REASON', 'PRICE', '价格过高', 'Price too high', 10),
 ('LOST_REASON', 'COMPETITOR', '选择了竞争对手', 'Chose a competitor', 20),
 ('LOST_REASON', 'NO_BUDGET', '预算不足', 'No budget', 30),
 ('LOST_REASON', 'NO_DECISION', '项目搁置', 'Project shelved', 40),
 ('LOST_REASON', 'REQUIREMENT', '需求不匹配', 'Requirements not met', 50),
 ('LOST_REASON', 'OTHER', '其他', 'Other', 90);

create table opportunity (
    id                  bigint generated always as identity primary key,
    source_code         varchar(32),
    prospect_name       varchar(200)  not null,
    probability         int           not null check (probability between 0 and 100),
    probability_manual  boolean       not null default false,
    summary             varchar(300)  not null,
    contact_name        varchar(100),
    contact_phone       varchar(32),
    description         text,
    expected_amount     numeric(14, 2) check (expected_amount >= 0),
    expected_close_date date,
    stage_code          varchar(32)   not null,
    status              varchar(16)   not null check (status in ('NEW', 'ASSIGNED', 'DEVELOPING', 'WON', 'LOST')),
    created_by          bigint        not null references app_user(id),
    created_at          timestamptz   not null,
    assigned_to         bigint        references app_user(id),
    assigned_at         timestamptz,
    owner_id            bigint        not null references app_user(id),
    customer_id         bigint,
    contact_id          bigint,
    lost_reason_code    varchar(32),
    lost_note           varchar(500),
    closed_at           timestamptz,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0
);
-- The list's default sort (newest first) and its filters, each ending in the sort for keyset paging.
create index opportunity_created_idx on opportunity(created_at desc, id desc);
create index opportunity_owner_created_idx on opportunity(owner_id, created_at desc, id desc);
create index opportunity_status_created_idx on opportunity(status, created_at desc, id desc);
create index opportunity_stage_idx on opportunity(stage_code, status);
create index opportunity_source_idx on opportunity(source_code);
create index opportunity_customer_idx on opportunity(customer_id) where customer_id is not null;
create index opportunity_prospect_trgm_idx on opportunity using gin (prospect_name gin_trgm_ops);

create table opportunity_plan_step (
    id             bigint generated always as identity primary key,
    opportunity_id bigint       not null references opportunity(id) on delete cascade,
    planned_on     date         not null,
    item           varchar(500) not null,
    result         varchar(1000),
    result_at      timestamptz,
    result_by      bigint       references app_user(id),
    created_by     bigint       not null references app_user(id),
    created_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index opportunity_plan_step_idx on opportunity_plan_step(opportunity_id, planned_on, id);

-- Every change of state or stage: who, when, from what to what.
create table opportunity_history (
    id             bigint generated always as identity primary key,
    opportunity_id bigint       not null references opportunity(id) on delete cascade,
    changed_by     bigint       not null references app_user(id),
    changed_at     timestamptz  not null,
    action         varchar(16)  not null,
    from_value     varchar(64),
    to_value       varchar(64),
    note           varchar(500)
);
create index opportunity_history_idx on opportunity_history(opportunity_id, changed_at, id);
