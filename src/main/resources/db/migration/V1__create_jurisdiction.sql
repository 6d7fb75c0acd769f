-- Administrative divisions (统计用区划代码), stored with 6-digit codes: 370000 province, 371000 city, 371002 county.
create table jurisdiction (
    code        char(6) primary key,
    name        text not null,
    level       varchar(8) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code char(6) references jurisdiction (code),
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index jurisdiction_parent_idx on jurisdiction (parent_code);
create index jurisdiction_name_idx on jurisdiction (name);
