-- A customer and its contacts reference each other. Deferrable (still checked at once unless a
-- transaction defers it), so that a bulk import can insert customers with their main contact and then
-- the contacts, instead of updating every imported customer a second time.
alter table customer alter constraint customer_main_contact_fk deferrable initially immediate;
