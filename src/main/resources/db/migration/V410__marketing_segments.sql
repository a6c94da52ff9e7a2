-- Segments (issue 11, section 1): saved dynamic filters over the customers. The filter is kept as JSON of one typed
-- record (marketing.segment.SegmentCriteria), checked before it is stored, and turned into SQL with bind parameters
-- whenever the segment is counted, previewed or handed to a campaign: a segment's members are whoever matches now.
create table marketing_segment (
    id          bigint generated always as identity primary key,
    name        varchar(100) not null,
    description varchar(500),
    criteria    jsonb        not null,
    created_by  bigint       references app_user(id),
    updated_by  bigint       references app_user(id),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create index marketing_segment_updated_idx on marketing_segment(updated_at desc, id desc);

-- Segments: everyone who sees customers may look at a segment (in his own data scope); marketing and the
-- administrators build them. Market research and plans: marketing writes them, a director approves plans.
insert into role_permission(role_id, permission)
select r.id, p.permission from role r join (values
 ('ADMIN', 'marketing.segment.view'), ('ADMIN', 'marketing.segment.edit'),
 ('EXECUTIVE', 'marketing.segment.view'), ('SALES_DIRECTOR', 'marketing.segment.view'),
 ('ACCOUNT_MANAGER', 'marketing.segment.view'),
 ('MARKETING', 'marketing.segment.view'), ('MARKETING', 'marketing.segment.edit'),
 ('ADMIN', 'marketing.plan.view'), ('ADMIN', 'marketing.plan.edit'), ('ADMIN', 'marketing.plan.approve'),
 ('EXECUTIVE', 'marketing.plan.view'), ('EXECUTIVE', 'marketing.plan.approve'),
 ('SALES_DIRECTOR', 'marketing.plan.view'), ('SALES_DIRECTOR', 'marketing.plan.approve'),
 ('MARKETING', 'marketing.plan.view'), ('MARKETING', 'marketing.plan.edit')
) as p(role_code, permission) on p.role_code = r.code
on conflict do nothing;
