-- Service levels (targets, working hours, holidays) are the service manager's to keep, as the README says;
-- they were guarded by setting.edit, which only the administrator holds. The administrator keeps them too.
insert into role_permission(role_id, permission)
select id, 'sla.edit' from role where code in ('ADMIN', 'SERVICE_MANAGER')
on conflict do nothing;
