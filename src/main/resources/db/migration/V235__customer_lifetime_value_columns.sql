-- What the lifetime value models expect of each customer, copied onto the customer by the customer module when the
-- analytics module scores (issue 9, section 6: "the customer list filters and sorts by them"), as the ratings copy
-- their levels: the list filters, sorts and pages on one table. Null while the customer has no score.
alter table customer add column p_alive numeric(7, 6);
alter table customer add column expected_purchases_365 numeric(12, 3);
alter table customer add column clv numeric(16, 2);

-- The list's sorts, with the customers without a score last (the sentinels sit outside each value's range), and the
-- id as the tie-break the keyset pager needs. The P(alive) one also serves the early churn warning
-- (P(alive) below the threshold, lowest first).
create index customer_p_alive_sort_idx on customer ((coalesce(p_alive, 2)), id);
create index customer_clv_sort_idx on customer ((coalesce(clv, -1)), id);
create index customer_expected_sort_idx on customer ((coalesce(expected_purchases_365, -1)), id);
