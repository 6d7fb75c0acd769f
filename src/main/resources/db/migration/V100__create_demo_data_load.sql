-- The demo data set loaded at first start of the embedded default (module demo): at most one row. A row without
-- finished_at is a load that was interrupted; the next start resumes it with the same scale and seed, importing
-- only the files not yet in loaded_files (each import job is all-or-nothing per file).
create table demo_data_load (
    id           smallint primary key default 1 check (id = 1),
    scale        numeric(6, 3) not null,
    seed         bigint not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    loaded_files text[] not null default '{}'
);
