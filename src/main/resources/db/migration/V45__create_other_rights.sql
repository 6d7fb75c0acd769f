-- The other record types of the registry (docs/import-formats.md). Jurisdiction codes are checked by the importer.
create table copyright_registration (
    registration_number text primary key,
    title               text not null,
    category            text not null,
    software            boolean not null,
    registration_date   date not null,
    owner               text not null,
    owner_address       text,
    jurisdiction_code   char(6),
    attribution         varchar(12) not null,
    domestic            boolean not null,
    import_job_id       bigint,
    updated_at          timestamptz not null default now()
);
create index copyright_jurisdiction_idx on copyright_registration (jurisdiction_code);

-- 地理标志产品 and its protected area (county codes).
create table gi_product (
    approval_number text primary key,
    product_name    text not null,
    approval_date   date not null,
    area_codes      text[] not null default '{}',
    import_job_id   bigint,
    updated_at      timestamptz not null default now()
);
create index gi_product_name_idx on gi_product (product_name);

-- Enterprises authorised to use the GI special mark (地理标志专用标志使用企业).
create table gi_mark_user (
    product_name    text not null,
    uscc            char(18) not null,
    enterprise_name text not null,
    approval_date   date not null,
    import_job_id   bigint,
    updated_at      timestamptz not null default now(),
    primary key (product_name, uscc)
);

create table plant_variety (
    right_number      text primary key,
    variety_name      text not null,
    species           text,
    grant_date        date not null,
    holder            text not null,
    address           text,
    jurisdiction_code char(6),
    attribution       varchar(12) not null,
    domestic          boolean not null,
    import_job_id     bigint,
    updated_at        timestamptz not null default now()
);

create table ic_layout (
    registration_number text primary key,
    name                text not null,
    filing_date         date,
    publication_date    date,
    holder              text not null,
    address             text,
    jurisdiction_code   char(6),
    attribution         varchar(12) not null,
    domestic            boolean not null,
    import_job_id       bigint,
    updated_at          timestamptz not null default now()
);

-- Enterprise designations with their validity (示范/优势企业, 专精特新, 高新技术企业, GB/T 29490).
create table designation (
    uscc              char(18) not null,
    designation_type  varchar(32) not null,
    enterprise_name   text not null,
    designated_on     date not null,
    valid_until       date,
    jurisdiction_code char(6),
    attribution       varchar(12) not null,
    domestic          boolean not null,
    import_job_id     bigint,
    updated_at        timestamptz not null default now(),
    primary key (uscc, designation_type),
    check (valid_until is null or valid_until >= designated_on)
);
create index designation_jurisdiction_idx on designation (jurisdiction_code);

-- Pledge-financing contracts (amount in yuan; the files give 万元) and the rights pledged.
create table pledge_contract (
    contract_number   text primary key,
    pledgor           text not null,
    pledgee           text not null,
    registration_date date not null,
    amount_yuan       numeric(18, 2) not null,
    items             text[] not null default '{}',
    import_job_id     bigint,
    updated_at        timestamptz not null default now()
);

-- Registered technology contracts involving patents (amount in yuan).
create table tech_contract (
    contract_number   text primary key,
    registration_date date not null,
    seller            text not null,
    buyer             text not null,
    amount_yuan       numeric(18, 2) not null,
    patents           text[] not null default '{}',
    jurisdiction_code char(6),
    attribution       varchar(12) not null,
    domestic          boolean not null,
    import_job_id     bigint,
    updated_at        timestamptz not null default now()
);
