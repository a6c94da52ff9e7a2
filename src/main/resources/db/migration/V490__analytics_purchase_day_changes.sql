-- The RFM report ranks every buying customer of the period three times (ntile over ~600,000 customers a year at a
-- million): seconds, however the purchase days are stored. Its answer for a reader who sees everyone is therefore
-- remembered (RememberedRfmGroups) under the number of changes made to the purchase days, counted here by a statement
-- trigger in the transaction that makes them: an order written, changed or taken back raises the count when it
-- commits, and the next report computes afresh. Nothing remembered can outlive a change.
--
-- The count is spread over 64 slots, each raised under its row lock until commit: a transaction takes the first slot
-- no other transaction holds (from one chosen by its backend, so that concurrent ones spread), and waits only when
-- all 64 are held, so a long order import never holds up the orders typed meanwhile. The reader sums the slots.
create table if not exists analytics_purchase_day_changes (
    slot    smallint primary key,
    changes bigint not null default 0
);
insert into analytics_purchase_day_changes (slot) select s from generate_series(0, 63) s on conflict do nothing;

create or replace function analytics_purchase_day_count_change() returns trigger language plpgsql as $$
declare
    chosen smallint;
begin
    select slot into chosen from analytics_purchase_day_changes
     order by (slot + 64 - pg_backend_pid() % 64) % 64 limit 1 for update skip locked;
    update analytics_purchase_day_changes set changes = changes + 1
     where slot = coalesce(chosen, pg_backend_pid() % 64);
    return null;
end $$;

drop trigger if exists analytics_purchase_day_count_change on analytics_purchase_day;
create trigger analytics_purchase_day_count_change after insert or update or delete or truncate on analytics_purchase_day
    for each statement execute function analytics_purchase_day_count_change();
