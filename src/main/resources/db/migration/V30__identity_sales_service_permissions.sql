-- Permissions of the sales, catalogue, order, task and service modules, granted to the system roles.
insert into role_permission(role_id, permission)
select r.id, p.permission from role r join (values
 ('ADMIN', 'setting.edit'), ('ADMIN', 'mail.view'),
 ('ADMIN', 'opportunity.view'), ('ADMIN', 'opportunity.create'), ('ADMIN', 'opportunity.edit'), ('ADMIN', 'opportunity.assign'), ('ADMIN', 'opportunity.export'),
 ('ADMIN', 'product.view'), ('ADMIN', 'product.edit'), ('ADMIN', 'product.export'), ('ADMIN', 'inventory.view'), ('ADMIN', 'inventory.edit'),
 ('ADMIN', 'order.view'), ('ADMIN', 'order.create'), ('ADMIN', 'order.edit'), ('ADMIN', 'order.approve'), ('ADMIN', 'order.export'),
 ('ADMIN', 'task.view'), ('ADMIN', 'task.edit'),
 ('ADMIN', 'ticket.view'), ('ADMIN', 'ticket.create'), ('ADMIN', 'ticket.handle'), ('ADMIN', 'ticket.assign'), ('ADMIN', 'ticket.approve'), ('ADMIN', 'ticket.export'),
 ('ADMIN', 'survey.view'), ('ADMIN', 'survey.edit'), ('ADMIN', 'survey.send'),
 ('EXECUTIVE', 'opportunity.view'), ('EXECUTIVE', 'opportunity.export'), ('EXECUTIVE', 'product.view'), ('EXECUTIVE', 'inventory.view'),
 ('EXECUTIVE', 'order.view'), ('EXECUTIVE', 'order.export'), ('EXECUTIVE', 'task.view'), ('EXECUTIVE', 'ticket.view'), ('EXECUTIVE', 'ticket.export'),
 ('EXECUTIVE', 'survey.view'),
 ('SALES_DIRECTOR', 'opportunity.view'), ('SALES_DIRECTOR', 'opportunity.create'), ('SALES_DIRECTOR', 'opportunity.edit'), ('SALES_DIRECTOR', 'opportunity.assign'), ('SALES_DIRECTOR', 'opportunity.export'),
 ('SALES_DIRECTOR', 'product.view'), ('SALES_DIRECTOR', 'product.edit'), ('SALES_DIRECTOR', 'product.export'), ('SALES_DIRECTOR', 'inventory.view'), ('SALES_DIRECTOR', 'inventory.edit'),
 ('SALES_DIRECTOR', 'order.view'), ('SALES_DIRECTOR', 'order.create'), ('SALES_DIRECTOR', 'order.edit'), ('SALES_DIRECTOR', 'order.approve'), ('SALES_DIRECTOR', 'order.export'),
 ('SALES_DIRECTOR', 'task.view'), ('SALES_DIRECTOR', 'task.edit'), ('SALES_DIRECTOR', 'ticket.view'),
 ('ACCOUNT_MANAGER', 'opportunity.view'), ('ACCOUNT_MANAGER', 'opportunity.create'), ('ACCOUNT_MANAGER', 'opportunity.edit'), ('ACCOUNT_MANAGER', 'opportunity.export'),
 ('ACCOUNT_MANAGER', 'product.view'), ('ACCOUNT_MANAGER', 'inventory.view'),
 ('ACCOUNT_MANAGER', 'order.view'), ('ACCOUNT_MANAGER', 'order.create'), ('ACCOUNT_MANAGER', 'order.edit'), ('ACCOUNT_MANAGER', 'order.export'),
 ('ACCOUNT_MANAGER', 'task.view'), ('ACCOUNT_MANAGER', 'task.edit'), ('ACCOUNT_MANAGER', 'ticket.view'),
 ('MARKETING', 'opportunity.view'), ('MARKETING', 'opportunity.create'), ('MARKETING', 'product.view'), ('MARKETING', 'task.view'), ('MARKETING', 'task.edit'),
 ('MARKETING', 'survey.view'), ('MARKETING', 'survey.edit'), ('MARKETING', 'survey.send'),
 ('SERVICE_STAFF', 'product.view'), ('SERVICE_STAFF', 'inventory.view'), ('SERVICE_STAFF', 'order.view'),
 ('SERVICE_STAFF', 'task.view'), ('SERVICE_STAFF', 'task.edit'),
 ('SERVICE_STAFF', 'ticket.view'), ('SERVICE_STAFF', 'ticket.create'), ('SERVICE_STAFF', 'ticket.handle'), ('SERVICE_STAFF', 'ticket.export'),
 ('SERVICE_STAFF', 'survey.view'),
 ('SERVICE_MANAGER', 'product.view'), ('SERVICE_MANAGER', 'inventory.view'), ('SERVICE_MANAGER', 'order.view'),
 ('SERVICE_MANAGER', 'task.view'), ('SERVICE_MANAGER', 'task.edit'),
 ('SERVICE_MANAGER', 'ticket.view'), ('SERVICE_MANAGER', 'ticket.create'), ('SERVICE_MANAGER', 'ticket.handle'), ('SERVICE_MANAGER', 'ticket.assign'),
 ('SERVICE_MANAGER', 'ticket.approve'), ('SERVICE_MANAGER', 'ticket.export'),
 ('SERVICE_MANAGER', 'survey.view'), ('SERVICE_MANAGER', 'survey.edit'), ('SERVICE_MANAGER', 'survey.send'), ('SERVICE_MANAGER', 'mail.view')
) as p(role_code, permission) on p.role_code = r.code;

-- ShedLock: a scheduled job runs on one node at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
