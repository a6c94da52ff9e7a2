-- A marketing segment of region + RFM segment + no order for N days (issue 11 §7) joined the province's customers
-- (118,000 at a million) with the RFM rows of the segment (209,000) and then probed each match's purchase days: 360 ms.
-- The RFM row now also holds the customer's province (as scored, then followed on CustomerUpdated and rescored each
-- night) and his last purchase day of all time, kept live by the triggers below in the transaction that writes the
-- purchase days; so the candidates are one range of the index below, their recency read from the index itself.
-- Written so that it can run again over itself (a bench database that had it under an earlier number).
alter table analytics_customer_rfm add column if not exists province_code varchar(12),
    add column if not exists last_purchase_day date;

update analytics_customer_rfm r set province_code = c.province_code from customer c where c.id = r.customer_id;
update analytics_customer_rfm r set last_purchase_day = (select max(p.day) from analytics_purchase_day p
                                                           where p.customer_id = r.customer_id);

create index if not exists analytics_customer_rfm_province_idx on analytics_customer_rfm(province_code, segment, customer_id)
    include (last_purchase_day);

-- The customers of the transition table (NEW_ROWS on insert and update, OLD_ROWS on delete) get their last purchase
-- day again from the purchase days' primary key: one backward probe each. Rows whose day did not move are not
-- written. Customers without an RFM row have nothing to keep.
create or replace function analytics_customer_rfm_follow_purchases() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update analytics_customer_rfm r set last_purchase_day = m.last_day
          from (select k.customer_id,
                       (select max(p.day) from analytics_purchase_day p where p.customer_id = k.customer_id) as last_day
                  from (select distinct customer_id from old_rows) k) m
         where r.customer_id = m.customer_id and r.last_purchase_day is distinct from m.last_day;
    else
        update analytics_customer_rfm r set last_purchase_day = m.last_day
          from (select k.customer_id,
                       (select max(p.day) from analytics_purchase_day p where p.customer_id = k.customer_id) as last_day
                  from (select distinct customer_id from new_rows) k) m
         where r.customer_id = m.customer_id and r.last_purchase_day is distinct from m.last_day;
    end if;
    return null;
end $$;

drop trigger if exists analytics_customer_rfm_purchase_insert on analytics_purchase_day;
drop trigger if exists analytics_customer_rfm_purchase_update on analytics_purchase_day;
drop trigger if exists analytics_customer_rfm_purchase_delete on analytics_purchase_day;

-- A trigger with transition tables may have one event only: three triggers, one function. A purchase day's key
-- (customer, day) is never updated, so the new rows of an update name the same customers as its old rows.
create trigger analytics_customer_rfm_purchase_insert after insert on analytics_purchase_day
    referencing new table as new_rows for each statement execute function analytics_customer_rfm_follow_purchases();
create trigger analytics_customer_rfm_purchase_update after update on analytics_purchase_day
    referencing new table as new_rows for each statement execute function analytics_customer_rfm_follow_purchases();
create trigger analytics_customer_rfm_purchase_delete after delete on analytics_purchase_day
    referencing old table as old_rows for each statement execute function analytics_customer_rfm_follow_purchases();
