-- Per project: checks, rules and LanguageTool categories switched off. An entry matches a check id
-- ("spacing"), a rule id ("EN_QUOTES", "double-space") or a LanguageTool category ("STYLE").
create table check_settings (
    project_id bigint primary key references project (id) on delete cascade,
    disabled   text[]      not null default '{}',
    updated_by varchar(64) not null,
    updated_at timestamptz not null
);
