-- Announcements (issue 11): administrators, executives, the sales director and the service manager publish them.
insert into role_permission(role_id, permission)
select r.id, 'announcement.publish' from role r where r.code in ('ADMIN', 'EXECUTIVE', 'SALES_DIRECTOR', 'SERVICE_MANAGER')
on conflict do nothing;
