-- Contract files staff chose to share with the customer: listed on the portal's order page to download.
alter table sales_order_contract add column shared_with_customer boolean not null default false;
