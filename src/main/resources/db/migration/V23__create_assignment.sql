-- A program task assigned to one responsible unit, as lead (牵头) or co-unit (配合), with its own progress.
create table assignment (
    id                bigserial primary key,
    program_code      varchar(64) not null references supervised_program (program_code),
    section_number    varchar(16) not null,
    task_number       varchar(16) not null,
    unit_id           bigint      not null references government_unit (id),
    unit_role         varchar(8)  not null check (unit_role in ('LEAD', 'CO')),
    status            varchar(16) not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'REMOVED')),
    percent_complete  integer     not null default 0 check (percent_complete between 0 and 100),
    version           integer     not null default 0,
    created_at        timestamptz not null default now(),
    unique (program_code, section_number, task_number, unit_id)
);
create index assignment_unit on assignment (unit_id);
