-- The review queue reads submitted segments oldest first: a partial index keeps that one page fast at any size.
create index segment_submitted_idx on segment (updated_at, id) where status = 'SUBMITTED';
