-- Every write: who, when, what, and the record before and after (JSON). Rows are only ever inserted.
create table audit_log (
    id                bigserial primary key,
    at                timestamptz not null default now(),
    actor             varchar(64) not null,
    action            varchar(64) not null,
    entity_type       varchar(64) not null,
    entity_key        text        not null,
    jurisdiction_code char(6),
    before_state      jsonb,
    after_state       jsonb
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_key);
