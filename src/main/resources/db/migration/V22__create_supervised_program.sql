-- A program under supervision: started by an officer, with its reporting schedule, report deadline and leader.
create table supervised_program (
    program_code      varchar(64) primary key,
    jurisdiction_code char(6)     not null references jurisdiction (code),
    schedule          varchar(16) not null check (schedule in ('MONTHLY', 'QUARTERLY', 'AD_HOC')),
    due_offset        integer     not null check (due_offset between 0 and 60),
    due_unit          varchar(16) not null check (due_unit in ('WORKING_DAYS', 'CALENDAR_DAYS')),
    -- user who receives the second-level 督办单; null: the program officers of the jurisdiction
    leader_username   varchar(64) references app_user (username),
    started_on        date        not null,
    started_by        varchar(64) not null,
    version           integer     not null default 0
);
