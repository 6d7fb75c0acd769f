-- Milestones of a task's annual work plan (年度推进计划), each with a due date, an owner unit and the indicators it serves.
create table milestone (
    id              bigserial primary key,
    program_code    varchar(64) not null references supervised_program (program_code),
    section_number  varchar(16) not null,
    task_number     varchar(16) not null,
    plan_year       integer     not null,
    title           text        not null,
    due_date        date        not null,
    owner_unit_id   bigint      not null references government_unit (id),
    indicator_codes text[]      not null default '{}',
    status          varchar(16) not null default 'OPEN' check (status in ('OPEN', 'DONE', 'DROPPED')),
    completed_on    date,
    version         integer     not null default 0,
    created_at      timestamptz not null default now()
);
create index milestone_task on milestone (program_code, section_number, task_number);
