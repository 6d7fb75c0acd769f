-- Resident population (常住人口) by jurisdiction and year. A year without a row is unknown, never estimated.
create table population (
    jurisdiction_code   char(6) not null references jurisdiction (code),
    year                integer not null check (year between 1949 and 2100),
    resident_population bigint  not null check (resident_population > 0),
    kind                text    not null,
    source              text    not null,
    updated_by          text    not null,
    updated_at          timestamptz not null default now(),
    primary key (jurisdiction_code, year)
);
