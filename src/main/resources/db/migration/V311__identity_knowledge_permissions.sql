-- Knowledge base (issue 10): every staff role reads articles; service staff and managers and administrators write them.
insert into role_permission(role_id, permission)
select r.id, 'knowledge.view' from role r
 where r.code in ('ADMIN', 'EXECUTIVE', 'SALES_DIRECTOR', 'ACCOUNT_MANAGER', 'MARKETING', 'SERVICE_STAFF', 'SERVICE_MANAGER')
on conflict do nothing;
insert into role_permission(role_id, permission)
select r.id, 'knowledge.edit' from role r where r.code in ('ADMIN', 'SERVICE_STAFF', 'SERVICE_MANAGER')
on conflict do nothing;
