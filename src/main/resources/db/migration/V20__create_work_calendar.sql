-- The official working-day calendar: which years are covered, and the days that differ from Monday–Friday
-- (public holidays, is_off_day = true, and weekend days made working days by 调休, is_off_day = false).
create table calendar_year (
    year       integer primary key check (year between 2000 and 2100),
    source     text        not null,
    added_by   varchar(64) not null,
    added_at   timestamptz not null default now()
);

create table calendar_day (
    day          date    primary key,
    year         integer not null references calendar_year (year),
    is_off_day   boolean not null,
    holiday_name text    not null,
    check (extract(year from day) = year)
);
