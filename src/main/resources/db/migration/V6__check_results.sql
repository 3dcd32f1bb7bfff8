-- The last check result of each segment, so document reports and the editor's grid need no re-run. A row is
-- valid while its keys match: text_key hashes the texts, target language and check settings it was computed
-- for, and the two revisions name the glossaries it was checked against. A glossary change moves the revisions
-- on for rows whose texts it cannot affect, and re-checks the rest in the background.
create table segment_check (
    segment_id       bigint      primary key references segment (id) on delete cascade,
    text_key         varchar(64) not null,
    global_revision  bigint      not null,
    project_revision bigint      not null,
    issues           jsonb       not null,
    checked_at       timestamptz not null default now()
);
