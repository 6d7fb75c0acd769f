-- Reminders and 督办单 sent for a deadline: a period's report (period 2026-Q1) or a milestone (period
-- milestone-<id>). The unique key makes every check idempotent: a second run, or a run after a restart, finds the
-- row and sends nothing.
create table supervision_notice (
    id            bigserial primary key,
    assignment_id bigint      not null references assignment (id),
    period        varchar(16) not null,
    due_date      date        not null,
    level         varchar(16) not null check (level in ('REMINDER', 'UNIT', 'LEADER')),
    recipients    text[]      not null,
    created_at    timestamptz not null,
    unique (assignment_id, level, due_date, period)
);
