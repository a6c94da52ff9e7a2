-- Order history imported from another system (issue 9): completed (or cancelled) past sales, no stock
-- moved, so no warehouse; returns and credit notes are lines with a negative quantity and amount, and an
-- order that is only a credit note has a negative total. Only imported orders and lines may be negative:
-- the flag is on both tables, kept equal by the foreign key over (id, imported), so a check on the line
-- knows its order was imported. Imported numbers never take the form of Kehu's own (SO + yyyyMM + sequence).
alter table sales_order add column imported boolean not null default false;
alter table sales_order add column import_job_id bigint;
alter table sales_order alter column warehouse_id drop not null;
alter table sales_order drop constraint sales_order_total_check;
alter table sales_order add constraint sales_order_total_check check (total >= 0 or imported);
alter table sales_order add constraint sales_order_warehouse_check check (warehouse_id is not null or imported);
alter table sales_order add constraint sales_order_imported_check check (
    not imported or (status in ('COMPLETED', 'CANCELLED') and number !~ '^SO[0-9]{11,}$'));
alter table sales_order add constraint sales_order_id_imported_key unique (id, imported);
create index sales_order_import_job_idx on sales_order(import_job_id) where import_job_id is not null;

alter table sales_order_line add column imported boolean not null default false;
alter table sales_order_line drop constraint sales_order_line_order_id_fkey;
alter table sales_order_line add constraint sales_order_line_order_fk
    foreign key (order_id, imported) references sales_order(id, imported) on delete cascade;
alter table sales_order_line drop constraint sales_order_line_quantity_check;
alter table sales_order_line add constraint sales_order_line_quantity_check check (quantity > 0 or (imported and quantity <> 0));
alter table sales_order_line drop constraint sales_order_line_amount_check;
alter table sales_order_line add constraint sales_order_line_amount_check check (amount >= 0 or imported);
