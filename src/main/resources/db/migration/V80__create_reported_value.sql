-- Values of `reported` program indicators entered by a responsible unit and reviewed by the program officer.
-- One value per program, indicator and year; value_base is in the indicator's base unit (9 万件 → 90000).
-- state: DRAFT → SUBMITTED → APPROVED | RETURNED → SUBMITTED …; version guards against lost updates.
create table reported_value (
    id              bigserial primary key,
    program_code    text          not null,
    indicator_code  text          not null,
    year            integer       not null,
    value_base      numeric(24,6) not null,
    unit            text          not null,
    evidence        text          not null,
    state           varchar(16)   not null check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    unit_id         bigint        not null references government_unit (id),
    reported_by     varchar(64)   not null,
    reported_at     timestamptz   not null default now(),
    review_comment  text,
    reviewed_by     varchar(64),
    reviewed_at     timestamptz,
    version         integer       not null default 0,
    unique (program_code, indicator_code, year)
);
