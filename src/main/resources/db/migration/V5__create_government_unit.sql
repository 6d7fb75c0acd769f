-- Government units (责任单位) of a jurisdiction, e.g. 市市场监管局; a name is unique within its jurisdiction.
create table government_unit (
    id                bigserial primary key,
    jurisdiction_code char(6) not null references jurisdiction (code),
    name              text    not null,
    created_at        timestamptz not null default now(),
    unique (jurisdiction_code, name)
);
