-- Analytics, churn and ratings (issue 9) come with their permissions. Reports apply the reader's data
-- scope, so an account manager may read them: he sees his own customers' figures.
insert into role_permission(role_id, permission)
select r.id, p.permission from role r join (values
 ('ADMIN', 'report.view'), ('ADMIN', 'report.export'), ('ADMIN', 'target.edit'), ('ADMIN', 'churn.view'),
 ('ADMIN', 'churn.handle'), ('ADMIN', 'rating.view'), ('ADMIN', 'rating.edit'), ('ADMIN', 'model.edit'),
 ('EXECUTIVE', 'report.view'), ('EXECUTIVE', 'report.export'), ('EXECUTIVE', 'target.edit'), ('EXECUTIVE', 'churn.view'),
 ('EXECUTIVE', 'rating.view'), ('EXECUTIVE', 'model.edit'),
 ('SALES_DIRECTOR', 'report.view'), ('SALES_DIRECTOR', 'report.export'), ('SALES_DIRECTOR', 'target.edit'),
 ('SALES_DIRECTOR', 'churn.view'), ('SALES_DIRECTOR', 'churn.handle'), ('SALES_DIRECTOR', 'rating.view'), ('SALES_DIRECTOR', 'rating.edit'),
 ('ACCOUNT_MANAGER', 'report.view'), ('ACCOUNT_MANAGER', 'churn.view'), ('ACCOUNT_MANAGER', 'churn.handle'),
 ('ACCOUNT_MANAGER', 'rating.view'), ('ACCOUNT_MANAGER', 'rating.edit'),
 ('MARKETING', 'report.view'), ('MARKETING', 'report.export'), ('MARKETING', 'churn.view'), ('MARKETING', 'rating.view'),
 ('SERVICE_MANAGER', 'report.view'), ('SERVICE_MANAGER', 'report.export'), ('SERVICE_MANAGER', 'rating.view')
) as p(code, permission) on r.code = p.code
on conflict do nothing;
