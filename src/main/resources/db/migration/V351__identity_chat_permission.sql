-- Live Q&A (issue 10): service staff, service managers and administrators answer customers on the console.
insert into role_permission(role_id, permission)
select r.id, 'chat.answer' from role r where r.code in ('ADMIN', 'SERVICE_STAFF', 'SERVICE_MANAGER')
on conflict do nothing;
