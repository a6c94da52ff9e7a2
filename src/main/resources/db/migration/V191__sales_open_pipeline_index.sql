-- The dashboards sum the open pipeline (amount and amount × probability) per owner and the pipeline forecast by
-- expected close month. Open opportunities are a small part of all; this partial index holds exactly the
-- columns those sums read, so they are index-only scans whether by owner or by close date.
create index opportunity_open_owner_idx on opportunity(owner_id, expected_close_date)
    include (expected_amount, probability) where status in ('NEW', 'ASSIGNED', 'DEVELOPING');
create index opportunity_open_close_idx on opportunity(expected_close_date)
    include (owner_id, expected_amount, probability) where status in ('NEW', 'ASSIGNED', 'DEVELOPING');
