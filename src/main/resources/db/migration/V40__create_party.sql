-- Jurisdiction codes here are checked against the division table by the importer (AddressAttributor) rather
-- than by foreign keys: a per-row RI trigger would dominate the cost of bulk upserts.
-- Right holders (权利人). Key: the unified social credit code when there is one, else name + address.
-- attribution says how jurisdiction_code was found: EXPLICIT (a code column), ADDRESS (matched names),
-- CITY_ONLY (the address names a city but no county), UNATTRIBUTED (needs review), FOREIGN (HK, MO, TW, abroad).
create table party (
    id                bigserial primary key,
    name              text not null,
    uscc              char(18),
    kind              varchar(20) not null
        check (kind in ('ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'INDIVIDUAL', 'GOVERNMENT', 'OTHER')),
    address           text not null default '',
    country           varchar(3) not null default 'CN',
    domestic          boolean not null,
    jurisdiction_code char(6),
    attribution       varchar(12) not null
        check (attribution in ('EXPLICIT', 'ADDRESS', 'CITY_ONLY', 'UNATTRIBUTED', 'FOREIGN')),
    import_job_id     bigint,
    updated_at        timestamptz not null default now()
);
create unique index party_uscc_key on party (uscc) where uscc is not null;
create unique index party_name_address_key on party (name, address) where uscc is null;
create index party_name_idx on party (name);
create index party_jurisdiction_idx on party (jurisdiction_code);
