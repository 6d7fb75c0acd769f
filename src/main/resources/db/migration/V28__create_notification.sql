-- The in-app inbox; a message with mail_status PENDING is also sent by e-mail (outbox, sent after commit).
create table notification (
    id          bigserial primary key,
    username    varchar(64) not null references app_user (username),
    subject     text        not null,
    body        text        not null,
    link        text,
    created_at  timestamptz not null,
    read_at     timestamptz,
    mail_to     text,
    mail_status varchar(16) not null check (mail_status in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    mail_error  text
);
create index notification_inbox on notification (username, created_at desc);
create index notification_pending on notification (mail_status) where mail_status = 'PENDING';

-- e-mail addresses users give for their notifications
create table notification_address (
    username varchar(64) primary key references app_user (username),
    email    text        not null
);
