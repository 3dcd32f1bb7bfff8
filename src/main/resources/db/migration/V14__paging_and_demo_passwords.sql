-- The audit trail is read a page at a time, newest first, merged by time from the tables below: each needs one
-- document's rows in time order, so that a page reads its own rows and not the document's whole history.
-- (Withdrawals of error marks have no document column; they are reached through their marks, one at most each.)
create index review_event_document_time_idx on review_event (document_id, created_at, id);
create index document_signoff_document_time_idx on document_signoff (document_id, signed_at, id);
create index document_assignment_change_document_time_idx on document_assignment_change (document_id, changed_at, id);
create index segment_comment_document_time_idx on segment_comment (document_id, created_at, id);
create index quality_annotation_document_time_idx on quality_annotation (document_id, created_at, id);

-- The comment rate limit reads one author's comments of the last minutes.
create index segment_comment_author_time_idx on segment_comment (author, created_at);

-- Whether the account's password is still the one the demo data gave it: true when the demo data created the
-- account, false once anyone sets a password (the demo password itself is refused then). The production profile
-- refuses to start while an enabled account has it; other profiles log a warning. Null: not known yet.
alter table app_user add column demo_password boolean;
-- Before this migration only the demo data could set the password "demo" (every other way requires 8 characters
-- or more), and it creates these six accounts only. The rest cannot have it; these six are checked once against
-- their hash at the next start (bcrypt, ~70 ms each) and the answer stored.
update app_user set demo_password = false
where username not in ('translator', 'translator2', 'reviewer', 'reviewer2', 'glossary', 'admin');
