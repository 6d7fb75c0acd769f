-- Dated legal events of a patent (CNIPA 法律状态). The only source of a patent's state and holders.
-- For a transfer, holder_jurisdiction_code is the attributed county of the first new holder (from party).
create table patent_event (
    id                       bigserial primary key,
    application_number       varchar(14) not null references patent (application_number) on delete cascade,
    event_date               date not null,
    code                     varchar(20) not null check (code in ('GRANT', 'TRANSFER', 'LICENCE', 'OPEN_LICENCE',
        'PLEDGE', 'PLEDGE_RELEASE', 'LAPSE', 'RESTORATION', 'INVALIDATION_WHOLE', 'INVALIDATION_PART',
        'ABANDONMENT', 'EXPIRY')),
    new_holders              text[],
    holder_jurisdiction_code char(6),
    holder_attribution       varchar(12),
    holder_domestic          boolean,
    licence_kind             varchar(10) check (licence_kind in ('EXCLUSIVE', 'SOLE', 'ORDINARY', 'OPEN')),
    licensee                 text,
    pledge_amount            numeric(18, 2),
    pledgee                  text,
    counterpart              text not null default '',
    import_job_id            bigint,
    unique (application_number, event_date, code, counterpart)
);
create index patent_event_patent_idx on patent_event (application_number, event_date, id);
-- transfers whose first new holder is (re)attributed when that party is imported
create index patent_event_first_holder_idx on patent_event ((new_holders[1])) where code = 'TRANSFER';
