-- Facts the measures count, derived from the registry (module metrics). A row is a period in which a record
-- counts for a county-level unit (valid_from included, valid_to excluded, null = open), or a dated flow item
-- (valid_to null, amount for money flows). They are a cache of the registry's events, rewritten for the records
-- an import changed right after it commits, and rebuilt whole when the derivation rules change
-- (ip_fact_state.version); a rebuild from the registry always gives the same rows.
-- county: the holder's attributed code (a county, or a city for CITY_ONLY addresses); null = foreign or
-- unattributed, which no jurisdiction counts. The key starts with record_key: an update after an import finds all
-- facts of the records it changed by their keys.
create unlogged table ip_fact (
    kind       varchar(24) not null,
    record_key text not null,
    seq        int not null,
    county     char(6),
    valid_from date not null,
    valid_to   date,
    amount     numeric(18, 2),
    flags      int not null default 0,
    primary key (record_key, kind, seq)
);
create index ip_fact_county_idx on ip_fact (kind, county, valid_from);

-- ip_fact is UNLOGGED: it is a cache that can always be derived again, and writing it without WAL makes a full
-- derivation several times faster. PostgreSQL empties unlogged tables after a crash; so does it this marker,
-- and an empty marker with a built state makes the application rebuild every family at start.
create unlogged table ip_fact_alive (alive boolean primary key);

-- Which derivation each family of facts was built with; a different version triggers a rebuild at start.
create table ip_fact_state (
    family     varchar(24) primary key,
    version    text not null,
    built_at   timestamptz not null default now(),
    rows       bigint not null
);
