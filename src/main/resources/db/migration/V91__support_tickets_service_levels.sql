-- Service tickets, their steps, spare parts used, and the service levels in working time.
create table ticket (
    id                   bigint generated always as identity primary key,
    number               varchar(20)    not null unique,
    -- deferred: a customer delete reaches the CustomerDeleted listener, which refuses it with a message
    customer_id          bigint         not null references customer(id) deferrable initially deferred,
    contact_id           bigint         references contact(id) on delete set null,
    type_code            varchar(32)    not null,
    priority_code        varchar(32)    not null,
    channel              varchar(16)    not null,
    subject              varchar(200)   not null,
    content              text,
    product_id           bigint         references product(id),
    order_number         varchar(40),
    status               varchar(16)    not null check (status in ('CREATED', 'ASSIGNED', 'HANDLED', 'FEEDBACK', 'ARCHIVED', 'REOPENED')),
    assignee_id          bigint         references app_user(id),
    created_by           bigint         references app_user(id),
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    -- service levels: targets in working minutes, due and warning instants computed at creation
    response_due         timestamptz    not null,
    response_warn_at     timestamptz    not null,
    resolution_due       timestamptz    not null,
    resolution_warn_at   timestamptz    not null,
    responded_at         timestamptz,
    resolved_at          timestamptz,
    response_breached    boolean        not null default false,
    resolution_breached  boolean        not null default false,
    -- feedback and review
    satisfaction         smallint       check (satisfaction between 1 and 5),
    feedback_comment     varchar(1000),
    reviewed             boolean        not null default false,
    archived_at          timestamptz,
    -- after-sales record
    requested_at         timestamptz,
    service_type         varchar(16),
    service_time         timestamptz,
    service_person       varchar(100),
    service_content      text,
    charges              numeric(12, 2) check (charges >= 0),
    customer_feedback    varchar(1000),
    -- complaint and suggestion
    category_code        varchar(32),
    target_code          varchar(32),
    judgement            text,
    department_id        bigint         references department(id),
    handling_plan        text,
    leader_instruction   text,
    leader_id            bigint         references app_user(id),
    leader_at            timestamptz,
    version              bigint         not null default 0
);
create index ticket_customer_idx on ticket(customer_id, id desc);
create index ticket_status_idx on ticket(status, id desc);
create index ticket_assignee_idx on ticket(assignee_id, id desc);
create index ticket_type_idx on ticket(type_code, id desc);
create index ticket_resolution_due_idx on ticket(resolution_due) where resolved_at is null;
create index ticket_response_due_idx on ticket(response_due) where responded_at is null;
create index ticket_department_idx on ticket(department_id);

-- Every step of a ticket's flow: who, when, from which state to which, what was said.
create table ticket_step (
    id          bigint generated always as identity primary key,
    ticket_id   bigint        not null references ticket(id) on delete cascade,
    kind        varchar(16)   not null,
    from_status varchar(16),
    to_status   varchar(16)   not null,
    actor_id    bigint        references app_user(id),
    at          timestamptz   not null,
    note        text
);
create index ticket_step_ticket_idx on ticket_step(ticket_id, at, id);

-- Spare parts used in an after-sales ticket, issued from a warehouse.
create table ticket_part (
    id           bigint generated always as identity primary key,
    ticket_id    bigint         not null references ticket(id) on delete cascade,
    product_id   bigint         not null references product(id),
    warehouse_id bigint         not null references warehouse(id),
    quantity     numeric(14, 3) not null check (quantity > 0),
    recorded_by  bigint         references app_user(id),
    recorded_at  timestamptz    not null
);
create index ticket_part_ticket_idx on ticket_part(ticket_id);

-- Response and resolution targets in working minutes, per type and priority.
create table sla_target (
    type_code          varchar(32) not null,
    priority_code      varchar(32) not null,
    response_minutes   int         not null check (response_minutes > 0),
    resolution_minutes int         not null check (resolution_minutes > 0),
    primary key (type_code, priority_code)
);

-- Working hours (one row) and the days that break the weekly rule: holidays and make-up working days.
create table sla_calendar (
    id          int         primary key check (id = 1),
    work_start  time        not null,
    work_end    time        not null,
    work_days   varchar(20) not null,
    version     bigint      not null default 0,
    check (work_start < work_end)
);
insert into sla_calendar(id, work_start, work_end, work_days) values (1, '08:30', '17:30', '1,2,3,4,5');

create table sla_special_day (
    day      date         primary key,
    working  boolean      not null,
    note     varchar(100)
);
-- China's public holidays of 2026 and the weekend days worked to make up for them.
insert into sla_special_day(day, working, note) values
 ('2026-01-01', false, '元旦'), ('2026-01-02', false, '元旦'),
 ('2026-02-16', false, '春节'), ('2026-02-17', false, '春节'), ('2026-02-18', false, '春节'), ('2026-02-19', false, '春节'),
 ('2026-02-20', false, '春节'), ('2026-02-23', false, '春节'), ('2026-02-14', true, '春节调休'), ('2026-02-28', true, '春节调休'),
 ('2026-04-06', false, '清明节'), ('2026-05-01', false, '劳动节'), ('2026-05-04', false, '劳动节'), ('2026-05-05', false, '劳动节'),
 ('2026-05-09', true, '劳动节调休'), ('2026-06-19', false, '端午节'),
 ('2026-10-01', false, '国庆节'), ('2026-10-02', false, '国庆节'), ('2026-10-05', false, '国庆节'), ('2026-10-06', false, '国庆节'),
 ('2026-10-07', false, '国庆节'), ('2026-09-27', true, '国庆节调休'), ('2026-10-10', true, '国庆节调休');

insert into dict_entry(type, code, label_zh, label_en, sort_order) values
 ('TICKET_TYPE', 'CONSULTATION', '咨询', 'Consultation', 10),
 ('TICKET_TYPE', 'WARRANTY', '保修', 'Warranty', 20),
 ('TICKET_TYPE', 'REPAIR', '维修', 'Repair', 30),
 ('TICKET_TYPE', 'INSTALLATION', '安装', 'Installation', 40),
 ('TICKET_TYPE', 'COMPLAINT', '投诉', 'Complaint', 50),
 ('TICKET_TYPE', 'SUGGESTION', '建议', 'Suggestion', 60),
 ('TICKET_PRIORITY', 'URGENT', '紧急', 'Urgent', 10),
 ('TICKET_PRIORITY', 'HIGH', '高', 'High', 20),
 ('TICKET_PRIORITY', 'NORMAL', '普通', 'Normal', 30),
 ('TICKET_PRIORITY', 'LOW', '低', 'Low', 40),
 ('COMPLAINT_CATEGORY', 'QUALITY', '产品质量', 'Product quality', 10),
 ('COMPLAINT_CATEGORY', 'ATTITUDE', '服务态度', 'Service attitude', 20),
 ('COMPLAINT_CATEGORY', 'DELAY', '交付延误', 'Late delivery', 30),
 ('COMPLAINT_CATEGORY', 'PRICE', '价格收费', 'Price and charges', 40),
 ('COMPLAINT_CATEGORY', 'OTHER', '其他', 'Other', 90),
 ('COMPLAINT_TARGET', 'PRODUCT', '产品', 'Product', 10),
 ('COMPLAINT_TARGET', 'SERVICE', '服务', 'Service', 20),
 ('COMPLAINT_TARGET', 'STAFF', '员工', 'Staff', 30),
 ('COMPLAINT_TARGET', 'DELIVERY', '交付', 'Delivery', 40),
 ('SUGGESTION_CATEGORY', 'PRODUCT', '产品改进', 'Product improvement', 10),
 ('SUGGESTION_CATEGORY', 'SERVICE', '服务改进', 'Service improvement', 20),
 ('SUGGESTION_CATEGORY', 'NEW_PRODUCT', '新产品需求', 'New product', 30),
 ('SUGGESTION_CATEGORY', 'OTHER', '其他', 'Other', 90);

-- Default targets: urgent answered in 30 working minutes, a repair at normal priority within 100.
insert into sla_target(type_code, priority_code, response_minutes, resolution_minutes)
select t.code, p.code,
       case p.code when 'URGENT' then 30 when 'HIGH' then 60 when 'NORMAL' then case when t.code = 'REPAIR' then 100 else 120 end else 240 end,
       case p.code when 'URGENT' then 480 when 'HIGH' then 960 when 'NORMAL' then 1440 else 2880 end
  from dict_entry t cross join dict_entry p
 where t.type = 'TICKET_TYPE' and p.type = 'TICKET_PRIORITY';
