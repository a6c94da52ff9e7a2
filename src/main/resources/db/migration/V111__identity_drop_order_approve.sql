-- Every order step needs order.edit (an account manager confirms their own orders); order.approve guarded nothing
-- and only showed as a box in the role editor that changed nothing.
delete from role_permission where permission = 'order.approve';
