-- Evidence files of a report; the bytes live on disk under ipcity.supervision.files-directory, named by SHA-256.
create table evidence_file (
    id           bigserial primary key,
    report_id    bigint      not null references progress_report (id),
    file_name    text        not null,
    content_type varchar(100) not null,
    size_bytes   bigint      not null,
    sha256       char(64)    not null,
    uploaded_by  varchar(64) not null,
    uploaded_at  timestamptz not null default now()
);
create index evidence_file_report on evidence_file (report_id);
