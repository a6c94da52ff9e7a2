-- Marketing mail carries a one-click unsubscribe address (RFC 8058): sent as List-Unsubscribe with
-- List-Unsubscribe-Post, so that mail programs offer their own unsubscribe button.
alter table mail_message add column list_unsubscribe varchar(500);
