-- Patents as recorded (bibliographic facts only). Their state and holders at any date are derived from
-- patent_event; term_end (first day after the statutory term) is a function of type and filing date.
create table patent (
    application_number          varchar(14) primary key,
    type                        varchar(14) not null check (type in ('INVENTION', 'UTILITY_MODEL', 'DESIGN')),
    title                       text not null,
    abstract                    text,
    filing_date                 date not null,
    term_end                    date not null,
    publication_number          text,
    publication_date            date,
    grant_number                text,
    grant_date                  date,
    ipc_main                    text,
    ipc_symbols                 text[] not null default '{}',
    locarno_class               text,
    applicants                  text[] not null,
    applicant_address           text,
    applicant_jurisdiction_code char(6),
    applicant_attribution       varchar(12) not null,
    applicant_domestic          boolean not null,
    export_holders              text[] not null default '{}',
    export_status               text,
    inventors                   text[] not null default '{}',
    family_id                   text,
    family_members              jsonb not null default '[]',
    awards                      text[] not null default '{}',
    import_job_id               bigint,
    updated_at                  timestamptz not null default now()
);
create index patent_applicant_jurisdiction_idx on patent (applicant_jurisdiction_code);
create index patent_filing_idx on patent (filing_date);
