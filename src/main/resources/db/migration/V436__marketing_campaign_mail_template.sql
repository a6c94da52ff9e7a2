-- The mail template of an e-mail campaign (issue 11 §1): a subject and a plain-text body with merge fields, checked by
-- the mailing engine (MailTemplate.checked) before they are saved; both null for the other channels.
alter table campaign add column mail_subject varchar(200);
alter table campaign add column mail_body    text;
