-- Campaigns (营销活动, issue 11): plan, channel, owner, budget, costs, period, target segment, responses, the
-- opportunities they brought and what their responders bought within the attribution window. Plans, segments,
-- customers, contacts, opportunities and orders belong to other parts or modules and are referred to by id only.
create table campaign (
    id               bigint generated always as identity primary key,
    name             varchar(200)   not null,
    plan_id          bigint,
    channel          varchar(16)    not null check (channel in ('EMAIL', 'PHONE', 'EVENT', 'ADVERTISING', 'OTHER')),
    owner_id         bigint         not null references app_user(id),
    budget           numeric(14, 2) check (budget >= 0),
    starts_on        date           not null,
    ends_on          date           not null,
    segment_id       bigint,
    status           varchar(16)    not null check (status in ('PLANNED', 'RUNNING', 'DONE', 'CANCELLED')),
    description      text,
    -- What sending decided, kept on the campaign for its report (null until sent).
    sent_at          timestamptz,
    sent_count       int,
    held_no_consent  int,
    held_opted_out   int,
    held_by_cap      int,
    held_no_address  int,
    created_by       bigint         not null references app_user(id),
    created_at       timestamptz    not null,
    updated_at       timestamptz    not null,
    version          bigint         not null default 0,
    check (ends_on >= starts_on)
);
-- The list (newest first, by owner for the data scope) and the channel report (by start date).
create index campaign_list_idx on campaign(id desc);
create index campaign_owner_idx on campaign(owner_id, id desc);
create index campaign_starts_idx on campaign(starts_on, channel);

create table campaign_cost (
    id          bigint generated always as identity primary key,
    campaign_id bigint         not null references campaign(id) on delete cascade,
    spent_on    date           not null,
    item        varchar(200)   not null,
    amount      numeric(14, 2) not null check (amount >= 0),
    recorded_by bigint         not null references app_user(id),
    recorded_at timestamptz    not null
);
create index campaign_cost_campaign_idx on campaign_cost(campaign_id, spent_on);

-- A response: recorded by staff (a call, a visit to the stand) or a click on a tracked link in the campaign's mail.
create table campaign_response (
    id           bigint generated always as identity primary key,
    campaign_id  bigint        not null references campaign(id) on delete cascade,
    customer_id  bigint        not null,
    contact_id   bigint,
    responded_at timestamptz   not null,
    via          varchar(8)    not null check (via in ('STAFF', 'LINK')),
    note         varchar(1000),
    recorded_by  bigint        references app_user(id)
);
create index campaign_response_campaign_idx on campaign_response(campaign_id, customer_id, responded_at);
-- A contact's clicks count once per campaign.
create unique index campaign_response_link_once_idx on campaign_response(campaign_id, contact_id) where via = 'LINK';

-- Opportunities with the campaign as their source; an opportunity comes from one campaign at most.
create table campaign_opportunity (
    campaign_id    bigint      not null references campaign(id) on delete cascade,
    opportunity_id bigint      not null unique,
    linked_by      bigint      not null references app_user(id),
    linked_at      timestamptz not null,
    primary key (campaign_id, opportunity_id)
);

-- The contacts a campaign reached when it was sent: its segment's members frozen at that moment.
create table campaign_member (
    campaign_id bigint not null references campaign(id) on delete cascade,
    contact_id  bigint not null,
    primary key (campaign_id, contact_id)
);

-- The attribution window: a responder's orders count for the campaign from the day of their first response to
-- this many days after it.
create table campaign_setting (
    id               int         primary key check (id = 1),
    attribution_days int         not null default 30 check (attribution_days between 1 and 365),
    updated_by       bigint      references app_user(id),
    updated_at       timestamptz,
    version          bigint      not null default 0
);
insert into campaign_setting(id) values (1);

-- One definition of a campaign's input and output, read by its report and by the channel analysis alike:
-- cost (the sum of its cost entries), responses, responding customers, opportunities (and those won), and the
-- attributed revenue: the sales orders (confirmed or later, not cancelled) of each responding customer dated from
-- the day of the customer's first response to the attribution window's days after it (China time).
create view campaign_result as
select c.id as campaign_id, c.channel, c.owner_id, c.starts_on, c.status,
       coalesce((select sum(k.amount) from campaign_cost k where k.campaign_id = c.id), 0) as cost,
       (select count(*) from campaign_response r where r.campaign_id = c.id) as responses,
       (select count(distinct r.customer_id) from campaign_response r where r.campaign_id = c.id) as responders,
       (select count(*) from campaign_opportunity l where l.campaign_id = c.id) as opportunities,
       (select count(*) from campaign_opportunity l join opportunity o on o.id = l.opportunity_id
         where l.campaign_id = c.id and o.status = 'WON') as won_opportunities,
       coalesce((select sum(o.total)
                   from (select r.customer_id, min((r.responded_at at time zone 'Asia/Shanghai')::date) as first_day
                           from campaign_response r where r.campaign_id = c.id group by r.customer_id) f
                   join sales_order o on o.customer_id = f.customer_id
                    and o.status in ('CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED', 'COMPLETED')
                    and o.order_date between f.first_day and f.first_day + s.attribution_days), 0) as revenue
  from campaign c cross join campaign_setting s;

-- Who may see and run campaigns: marketing staff and administrators run them; executives and sales directors read.
insert into role_permission(role_id, permission)
select r.id, 'marketing.campaign.view' from role r where r.code in ('ADMIN', 'EXECUTIVE', 'SALES_DIRECTOR', 'MARKETING')
on conflict do nothing;
insert into role_permission(role_id, permission)
select r.id, 'marketing.campaign.edit' from role r where r.code in ('ADMIN', 'MARKETING')
on conflict do nothing;
