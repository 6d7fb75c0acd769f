-- patent_event_patent_idx (application_number, event_date, id) duplicates the leading columns of the unique key
-- (application_number, event_date, code, counterpart): the events of a patent in date order, and the last one of
-- some codes on or before a date, are read through the unique index (the id tie-break by an incremental sort of
-- the few events of one date). Keeping both cost every imported event one more index insertion (measured ~15%
-- of the event upsert).
drop index patent_event_patent_idx;
