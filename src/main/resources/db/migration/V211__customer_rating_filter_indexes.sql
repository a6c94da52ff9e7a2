-- The customer list filters by the credit list and the loyalty level the ratings write to the customer.
create index customer_credit_rating_idx on customer(credit_rating, id) where credit_rating is not null;
create index customer_loyalty_rating_idx on customer(loyalty_rating, id) where loyalty_rating is not null;
