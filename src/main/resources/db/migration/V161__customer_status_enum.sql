-- Customer status is a fixed set that the churn rules set and read (CustomerStatus, as the column's check
-- constraint already says), not a dictionary type: an entry added in the dictionary was offered by the form
-- and then refused by the check.
delete from dict_entry where type = 'CUSTOMER_STATUS';
