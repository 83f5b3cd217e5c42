-- Team mode (issue 10): every record a person can change carries a version, so a save based on what someone
-- else has since changed is refused instead of overwriting it. Existing rows start at version 0.
-- The PostgreSQL twin also creates the server's key ring tables; an embedded store keeps keyring.json instead.
alter table exhibit add column version bigint default 0 not null;
alter table marac_action add column version bigint default 0 not null;
alter table risk_checklist add column version bigint default 0 not null;
