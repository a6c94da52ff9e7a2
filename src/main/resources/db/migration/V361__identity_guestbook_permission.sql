-- Guestbook moderation (客户意见管理, issue 10): the service manager, service staff, marketing and administrators.
insert into role_permission(role_id, permission)
select r.id, 'guestbook.moderate' from role r where r.code in ('ADMIN', 'SERVICE_MANAGER', 'SERVICE_STAFF', 'MARKETING')
on conflict do nothing;
