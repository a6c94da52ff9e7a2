-- What the segment SQL filters on and the earlier migrations left without an index. Region and RFM segment are
-- merged on the customer id (customer(province_code, id) beside analytics_customer_rfm(segment, customer_id)); the
-- "no order for N days" test probes analytics_purchase_day's primary key (customer_id, day) per candidate.
create index customer_province_id_idx on customer(province_code, id);
create index customer_source_idx on customer(source_code);
-- Contacts by birthday month (care greetings and segments alike) and by consent, per customer.
create index contact_birthday_month_idx on contact((extract(month from birthday)), customer_id) where birthday is not null;
create index contact_customer_consent_idx on contact(customer_id) where marketing_consent and opted_out_at is null;
