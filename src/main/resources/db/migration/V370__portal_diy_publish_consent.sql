-- Whether the customer agreed to show a design publicly: a recommended design is shown on the public pages only
-- with this consent. Designs from before the upload page were entered by staff with the customer's consent.
alter table portal_diy_design add column publish boolean not null default true;
