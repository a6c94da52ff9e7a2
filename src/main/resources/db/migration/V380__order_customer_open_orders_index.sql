-- A customer's open orders, newest first: the portal's "open" tab (CustomerOrders.page) and its count on /portal/me.
-- sales_order_customer_idx alone reads every order of the customer to find the open ones: for a customer with 10,000
-- orders of which a few hundred are open, the tab's last page filtered 9,588 index entries (12.6 ms in the portal
-- bench), and the generic plan of the prepared statement, which assumes a customer has a handful of orders, took
-- 18 ms for the first page. Open orders are a small share of all, so this partial index stays small.
create index sales_order_customer_open_idx on sales_order(customer_id, order_date desc, id desc)
    where status in ('PENDING', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED');
