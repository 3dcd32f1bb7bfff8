-- Whose revision a review move decided on, kept with the move: the inbox lists rejections of a user's own
-- revisions from the review trail alone, without reading the document module's revision table.
alter table review_event add column revision_author varchar(64);

-- The trail is append-only; filling in the new column for the moves recorded before it is the one exception.
alter table review_event disable trigger review_event_append_only;
update review_event e set revision_author = r.author
from revision r where r.segment_id = e.segment_id and r.revision_no = e.revision_no;
alter table review_event enable trigger review_event_append_only;

-- "Rejections of revisions I wrote", newest first.
create index review_event_rejected_author_idx on review_event (revision_author, created_at) where action = 'REJECT';
