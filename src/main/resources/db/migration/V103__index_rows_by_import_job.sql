-- After an import commits, the metrics module re-derives its facts for the rows the job wrote
-- (import_job_id = job). BRIN indexes find them without reading whole tables: rows a job inserts lie together
-- at the end of the table, and a BRIN index costs next to nothing during bulk loads (one summary per 128 pages).
create index patent_import_job_brin on patent using brin (import_job_id);
create index patent_event_import_job_brin on patent_event using brin (import_job_id);
create index trademark_import_job_brin on trademark using brin (import_job_id);
create index copyright_import_job_brin on copyright_registration using brin (import_job_id);
