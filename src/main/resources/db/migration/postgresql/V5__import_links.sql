-- PostgreSQL twin of h2/V5__import_links.sql: the same tables, columns and constraints; only the types differ where the
-- vendors spell them differently (tinyint -> smallint, blob -> bytea, clob -> text).

-- Issue 5: an incident made from an imported file (a chat, an SMS backup, emails, a diary) points back to the
-- stored original (an exhibit) and to where in it the messages were: the first and last line (or entry) number.
-- Empty for incidents recorded by hand. Set once when the incident is recorded; amendments do not change it.
alter table incident add column import_exhibit_id bigint references exhibit (id);
alter table incident add column import_first integer;
alter table incident add column import_last integer;
create index incident_import_exhibit on incident (import_exhibit_id);
