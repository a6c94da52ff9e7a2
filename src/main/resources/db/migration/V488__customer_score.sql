-- The lifetime value scores move from three columns of `customer` (V235) to a narrow table of the customer module
-- (issue 9 §9: the CLV scoring of a million customers in ≤ 60 s). The scores had sort indexes on `customer`, so no
-- update of them was HOT: copying a batch of scores wrote a new row version into every one of customer's ~24 indexes
-- (two of them trigram GIN), 87 % of the scoring's time. Here an update touches the primary key and the three sort
-- indexes of a row of four numbers.
--
-- EVERY customer has a row (all scores null = not scored), so that readers join it with an INNER join: the planner
-- may then walk a score's sort index in order and probe `customer` by its key, stopping at the page, as it walked
-- V235's indexes on `customer` before. The row is added by the statement trigger below for whatever inserts customers
-- (the entity, the customer import's insert-select, the order import, the demo data); bulk loads that switch triggers
-- off (`session_replication_role = replica`, the bench's loader) add the rows themselves afterwards.
--
-- The customer module writes the table (`customer.CustomerLifetimeValues`). Other modules (churn's early warning,
-- analytics' loyal list, marketing's segments) read it by SQL joined to `customer c`, as they read customer's own
-- columns today (decision 15): it is part of the customer row, stored apart.
create table customer_score (
    customer_id            bigint primary key references customer(id) on delete cascade,
    p_alive                numeric(7, 6),
    expected_purchases_365 numeric(12, 3),
    clv                    numeric(16, 2)
);

insert into customer_score(customer_id, p_alive, expected_purchases_365, clv)
select id, p_alive, expected_purchases_365, clv from customer;

-- V235's sorts, moved: the customers without a score last (the sentinels sit outside each value's range), the id as
-- the keyset pager's tie-break. The P(alive) one also serves the early churn warning (lowest first).
create index customer_score_p_alive_sort_idx on customer_score ((coalesce(p_alive, 2)), customer_id);
create index customer_score_clv_sort_idx on customer_score ((coalesce(clv, -1)), customer_id);
create index customer_score_expected_sort_idx on customer_score ((coalesce(expected_purchases_365, -1)), customer_id);

-- One insert per statement, from its transition table: an import of half a million customers adds their score rows
-- in one set, not row by row.
create function customer_score_add_rows() returns trigger language plpgsql as $$
begin
    insert into customer_score(customer_id) select id from new_rows on conflict do nothing;
    return null;
end $$;

create trigger customer_score_insert after insert on customer
    referencing new table as new_rows for each statement execute function customer_score_add_rows();

-- Dropping the columns drops V235's indexes on them.
alter table customer drop column p_alive, drop column expected_purchases_365, drop column clv;

analyze customer_score;
