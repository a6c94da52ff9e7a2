-- Each customer's RFM segment (the RFM report's scoring, over the whole company and the last 365 days of purchases),
-- kept as a read model so that a segment can filter a million customers on it with one index, instead of scoring
-- every customer again on each count. Refreshed each night and on demand; a customer without a purchase in the
-- window has no row (no RFM segment).
create table analytics_customer_rfm (
    customer_id bigint      primary key,
    r           smallint    not null,
    f           smallint    not null,
    m           smallint    not null,
    segment     varchar(24) not null,
    last_day    date        not null,
    scored_on   date        not null
);
create index analytics_customer_rfm_segment_idx on analytics_customer_rfm(segment, customer_id);
