-- Registered trademarks. The end of a registration (无效/撤销/注销) is stored as a dated event (end_kind,
-- end_date); the state at a date is derived from the dates, never stored.
create table trademark (
    registration_number     varchar(16) primary key,
    nice_classes            smallint[] not null,
    mark_text               text,
    registrant              text not null,
    registrant_address      text,
    jurisdiction_code       char(6),
    attribution             varchar(12) not null,
    domestic                boolean not null,
    kind                    varchar(14) not null check (kind in ('ORDINARY', 'COLLECTIVE', 'CERTIFICATION')),
    geographical_indication boolean not null,
    application_date        date,
    registration_date       date,
    expiry_date             date,
    renewal_dates           date[] not null default '{}',
    end_kind                varchar(12) check (end_kind in ('INVALIDATED', 'REVOKED', 'CANCELLED')),
    end_date                date,
    well_known_date         date,
    madrid_number           text,
    import_job_id           bigint,
    updated_at              timestamptz not null default now(),
    check ((end_kind is null) = (end_date is null))
);
create index trademark_jurisdiction_idx on trademark (jurisdiction_code);
create index trademark_registrant_idx on trademark (registrant);
