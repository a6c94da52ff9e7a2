-- The audit log page filters by who and by action, newest first, and pages by (at, id): these
-- indexes keep that a range scan when the log grows to millions of rows.
create index audit_log_actor_name_idx on audit_log(actor_name, at desc, id desc);
create index audit_log_action_idx on audit_log(action, at desc, id desc);
-- The user list sorts by name.
create index app_user_name_idx on app_user(name, id);
