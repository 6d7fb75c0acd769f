create table app_user (
    id                bigserial primary key,
    username          varchar(64) not null unique,
    display_name      text        not null,
    password_hash     text        not null,
    role              varchar(20) not null check (role in ('ADMIN', 'PROGRAM_OFFICER', 'UNIT_REPORTER', 'VIEWER')),
    jurisdiction_code char(6)     references jurisdiction (code),
    unit_id           bigint      references government_unit (id),
    enabled           boolean     not null default true,
    failed_logins     integer     not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null default now(),
    -- every role but the administrator works within one jurisdiction; a reporter also within one unit
    check (role = 'ADMIN' or jurisdiction_code is not null),
    check ((role = 'UNIT_REPORTER') = (unit_id is not null))
);
