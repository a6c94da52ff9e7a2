-- A registration on the customer portal by a company the CRM does not know becomes an opportunity of this source.
insert into dict_entry(type, code, label_zh, label_en, sort_order) values
 ('OPPORTUNITY_SOURCE', 'PORTAL_REGISTRATION', '门户注册', 'Portal registration', 80)
on conflict do nothing;
