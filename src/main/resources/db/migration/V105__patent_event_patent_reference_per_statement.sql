-- The reference from patent_event to patent is checked once per statement instead of once per row.
--
-- A foreign key checks each inserted event with its own query and share-locks its patent row (a write to the
-- patent's page and a WAL record the first time in a transaction): on a bulk import of legal events that was
-- 40-60% of the time of inserting them. The importer already rejects, set-based, the events of unknown patents
-- before it inserts; the triggers below keep the same rule for every writer with one anti-join per statement:
--  * an insert or update of events that names a patent not in the table fails (SQLSTATE 23503, as the foreign key);
--  * deleting patents deletes their events (as ON DELETE CASCADE);
--  * changing a patent's application number is refused while it has events.
-- Unlike the foreign key, the check takes no lock on the patents: a patent deleted by a concurrent transaction
-- between the check and the commit would leave its events behind. ipcity never deletes patents.
alter table patent_event drop constraint patent_event_application_number_fkey;

create function patent_event_check_patent() returns trigger language plpgsql as $$
declare
    missing text;
begin
    select n.application_number into missing
      from new_events n
     where not exists (select 1 from patent p where p.application_number = n.application_number)
     limit 1;
    if found then
        raise exception using errcode = 'foreign_key_violation', table = 'patent_event',
            message = 'patent_event names patent ' || missing || ', which is not in table patent';
    end if;
    return null;
end
$$;

create trigger patent_event_check_patent_insert after insert on patent_event
    referencing new table as new_events for each statement execute function patent_event_check_patent();
create trigger patent_event_check_patent_update after update on patent_event
    referencing new table as new_events for each statement execute function patent_event_check_patent();

create function patent_delete_events() returns trigger language plpgsql as $$
begin
    delete from patent_event e using old_patents o where e.application_number = o.application_number;
    return null;
end
$$;

create trigger patent_delete_events after delete on patent
    referencing old table as old_patents for each statement execute function patent_delete_events();

create function patent_keep_number_with_events() returns trigger language plpgsql as $$
begin
    if exists (select 1 from patent_event e where e.application_number = old.application_number) then
        raise exception using errcode = 'foreign_key_violation', table = 'patent',
            message = 'patent ' || old.application_number || ' has legal events: its application number cannot change';
    end if;
    return new;
end
$$;

create trigger patent_keep_number_with_events before update of application_number on patent
    for each row when (old.application_number is distinct from new.application_number)
    execute function patent_keep_number_with_events();
