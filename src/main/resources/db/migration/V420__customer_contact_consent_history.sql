-- The history of each contact's marketing consent and opt-out (issue 11): when, what, how (a form, the API, the
-- unsubscribe link, an import) and by whom; changed_by is null when the contact did it (the unsubscribe link).
create table contact_consent_change (
    id          bigint generated always as identity primary key,
    contact_id  bigint       not null references contact(id) on delete cascade,
    changed_at  timestamptz  not null,
    action      varchar(30)  not null,
    via         varchar(30)  not null,
    changed_by  bigint       references app_user(id),
    note        varchar(500)
);
create index contact_consent_change_contact_idx on contact_consent_change(contact_id, changed_at desc);
