-- The roles of SPEC "Who uses it"; administrators may change their permissions and add roles.
insert into role(code, name_zh, name_en, data_scope, system_role) values
 ('ADMIN', '系统管理员', 'Administrator', 'ALL', true),
 ('EXECUTIVE', '经营副总裁', 'Executive', 'ALL', true),
 ('SALES_DIRECTOR', '销售主管', 'Sales director', 'DEPARTMENT', true),
 ('ACCOUNT_MANAGER', '客户经理', 'Account manager', 'OWN', true),
 ('MARKETING', '营销', 'Marketing', 'ALL', true),
 ('SERVICE_STAFF', '客服', 'Service staff', 'ALL', true),
 ('SERVICE_MANAGER', '客服主管', 'Service manager', 'ALL', true);

insert into role_permission(role_id, permission)
select r.id, p.permission from role r join (values
 ('ADMIN', 'customer.view'), ('ADMIN', 'customer.create'), ('ADMIN', 'customer.edit'), ('ADMIN', 'customer.delete'),
 ('ADMIN', 'customer.assign'), ('ADMIN', 'customer.export'), ('ADMIN', 'customer.import'),
 ('ADMIN', 'user.view'), ('ADMIN', 'user.create'), ('ADMIN', 'user.edit'), ('ADMIN', 'user.delete'),
 ('ADMIN', 'role.view'), ('ADMIN', 'role.edit'), ('ADMIN', 'department.edit'), ('ADMIN', 'dictionary.edit'),
 ('ADMIN', 'audit.view'),
 ('EXECUTIVE', 'customer.view'), ('EXECUTIVE', 'customer.export'), ('EXECUTIVE', 'user.view'), ('EXECUTIVE', 'audit.view'),
 ('SALES_DIRECTOR', 'customer.view'), ('SALES_DIRECTOR', 'customer.create'), ('SALES_DIRECTOR', 'customer.edit'),
 ('SALES_DIRECTOR', 'customer.assign'), ('SALES_DIRECTOR', 'customer.export'), ('SALES_DIRECTOR', 'customer.import'),
 ('SALES_DIRECTOR', 'user.view'),
 ('ACCOUNT_MANAGER', 'customer.view'), ('ACCOUNT_MANAGER', 'customer.create'), ('ACCOUNT_MANAGER', 'customer.edit'),
 ('ACCOUNT_MANAGER', 'customer.export'), ('ACCOUNT_MANAGER', 'customer.import'),
 ('MARKETING', 'customer.view'), ('MARKETING', 'customer.export'),
 ('SERVICE_STAFF', 'customer.view'),
 ('SERVICE_MANAGER', 'customer.view'), ('SERVICE_MANAGER', 'customer.export')
) as p(role_code, permission) on p.role_code = r.code;
