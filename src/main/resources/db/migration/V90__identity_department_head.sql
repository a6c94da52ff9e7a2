-- The head of a department records the leader instruction of complaints and suggestions routed to it.
alter table department add column head_user_id bigint references app_user(id) on delete set null;
