-- Recording an interaction needed only customer.view, so roles that only read customers (executive, marketing)
-- could write interactions and attachments. It gets its own permission, granted to the roles that talk to
-- customers; custom roles that may edit customers keep what they could do.
insert into role_permission(role_id, permission)
select r.id, 'interaction.record' from role r
 where r.code in ('ADMIN', 'SALES_DIRECTOR', 'ACCOUNT_MANAGER', 'SERVICE_STAFF', 'SERVICE_MANAGER')
    or (not r.system_role and exists (select 1 from role_permission p where p.role_id = r.id and p.permission = 'customer.edit'))
on conflict do nothing;
