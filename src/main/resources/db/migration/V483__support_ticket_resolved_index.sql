-- The statistics report counts the tickets resolved in a period per handler, with their satisfaction: without an
-- index on resolved_at that was a scan of every ticket, twice (the period and the year before). Only resolved tickets
-- are indexed; the handler and the rating ride along so that the count is index-only.
create index ticket_resolved_idx on ticket(resolved_at) include (assignee_id, satisfaction) where resolved_at is not null;
