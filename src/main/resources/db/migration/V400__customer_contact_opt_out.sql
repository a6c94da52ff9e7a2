-- Opt-out of all marketing (退订), kept apart from consent: consent can be given again by staff, but an opt-out
-- by the contact stays until the contact withdraws it, and shows on the contact with its date.
alter table contact add column opted_out_at timestamptz;
alter table contact add column opt_out_via  varchar(40);
