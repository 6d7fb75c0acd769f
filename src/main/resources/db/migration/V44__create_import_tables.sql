-- Mapping profiles (shipped ones are refreshed from src/main/resources/import-profiles at start), import jobs
-- with their counts and file fingerprint, and the per-row error report of each job.
create table import_profile (
    name        varchar(64) primary key,
    record_type varchar(20) not null,
    yaml        text not null,
    builtin     boolean not null,
    created_by  text not null,
    created_at  timestamptz not null default now()
);

create table import_job (
    id                      bigserial primary key,
    record_type             varchar(20) not null,
    profile_name            varchar(64) not null,
    file_name               text not null,
    file_sha256             char(64) not null,
    file_size               bigint not null,
    encoding                text,
    scope_jurisdiction_code char(6),
    created_by              text not null,
    created_at              timestamptz not null default now(),
    started_at              timestamptz,
    finished_at             timestamptz,
    status                  varchar(10) not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    bytes_read              bigint not null default 0,
    rows_read               bigint not null default 0,
    rows_inserted           bigint not null default 0,
    rows_updated            bigint not null default 0,
    rows_unchanged          bigint not null default 0,
    rows_rejected           bigint not null default 0,
    error_count             bigint not null default 0,
    message                 text,
    warnings                text[] not null default '{}'
);
create index import_job_created_idx on import_job (created_at desc);

create table import_error (
    job_id      bigint not null references import_job (id) on delete cascade,
    seq         int not null,
    row_no      bigint,
    column_name text,
    value       text,
    message     text not null,
    primary key (job_id, seq)
);
