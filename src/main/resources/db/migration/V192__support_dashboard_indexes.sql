-- The service dashboards: satisfaction per month reads survey answers by the day they were given, and the open
-- tickets are counted by state without reading the archived ones (the most, in time).
create index survey_invitation_answered_at_idx on survey_invitation(answered_at) include (customer_id)
    where answered_at is not null;
create index survey_answer_invitation_scale_idx on survey_answer(invitation_id) include (scale_value)
    where scale_value is not null;
create index ticket_open_idx on ticket(customer_id) include (assignee_id, response_due, response_warn_at,
    responded_at, resolution_due, resolution_warn_at, resolved_at) where status <> 'ARCHIVED';
