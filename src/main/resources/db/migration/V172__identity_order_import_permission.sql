-- Importing order history: brings past sales of any owner in the importer's data scope and may create
-- customers and products, so it is the administrator's and the sales director's.
insert into role_permission(role_id, permission)
select r.id, 'order.import' from role r where r.code in ('ADMIN', 'SALES_DIRECTOR')
on conflict do nothing;
