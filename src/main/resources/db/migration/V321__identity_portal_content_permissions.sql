-- The portal's showcase content and the review of customers' DIY designs (issue 10): administrators, the service
-- manager and marketing keep the content and review designs.
insert into role_permission(role_id, permission)
select r.id, p.permission from role r join (values
 ('ADMIN', 'portal.content.edit'), ('ADMIN', 'portal.design.review'),
 ('SERVICE_MANAGER', 'portal.content.edit'), ('SERVICE_MANAGER', 'portal.design.review'),
 ('MARKETING', 'portal.content.edit'), ('MARKETING', 'portal.design.review')
) as p(code, permission) on r.code = p.code
on conflict do nothing;
