-- Progress reports of an assignment. The report row holds the current state; every submission is kept as a
-- revision, with the officer's decision and comment on it.
create table progress_report (
    id                 bigserial primary key,
    assignment_id      bigint      not null references assignment (id),
    period             varchar(16),
    status             varchar(16) not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED')),
    text               text        not null,
    percent_complete   integer     not null check (percent_complete between 0 and 100),
    milestone_status   jsonb       not null default '{}',
    indicator_codes    text[]      not null default '{}',
    first_submitted_at timestamptz,
    last_comment       text,
    version            integer     not null default 0,
    created_by         varchar(64) not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index progress_report_assignment on progress_report (assignment_id, period);
-- one report per assignment and reporting period; ad hoc reports have no period
create unique index progress_report_one_per_period on progress_report (assignment_id, period) where period is not null;

create table report_revision (
    report_id        bigint      not null references progress_report (id),
    revision         integer     not null,
    text             text        not null,
    percent_complete integer     not null,
    milestone_status jsonb       not null,
    indicator_codes  text[]      not null,
    submitted_by     varchar(64) not null,
    submitted_at     timestamptz not null,
    decision         varchar(16) check (decision in ('ACCEPTED', 'RETURNED')),
    comment          text,
    decided_by       varchar(64),
    decided_at       timestamptz,
    primary key (report_id, revision)
);
