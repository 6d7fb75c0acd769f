-- High-value condition (4): the pledge amount (元, per patent, as a 质押合同登记的生效 event records it) at or
-- above which a pledge makes an invention patent high-value, as dated values. The value in force at a date is the
-- row with the latest valid_from on or before it; the configured default (ipcity.high-value.pledge-threshold,
-- shown as unconfirmed) applies from its own date where no row is later. One value per date: entering a date
-- again replaces its amount (the audit log keeps the history).
create table pledge_threshold (
    valid_from  date primary key,
    amount_yuan numeric(18, 2) not null check (amount_yuan > 0),
    note        text not null default '',
    entered_by  varchar(64) not null,
    entered_at  timestamptz not null default now()
);
