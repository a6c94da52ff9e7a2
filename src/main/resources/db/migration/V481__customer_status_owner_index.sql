-- The home pages count the customers in churn warning and lost per owner (StatusCounts.byOwner) on every request.
-- With the owner in the index the count is an index-only scan that reads no table page; the index on the status
-- alone (V3) is a prefix of this one and goes.
create index customer_status_owner_idx on customer(status, owner_id);
drop index customer_status_idx;
