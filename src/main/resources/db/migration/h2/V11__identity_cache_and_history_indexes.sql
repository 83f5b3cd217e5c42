-- H2 writes an identity column's next value to the file, in a commit of its own, each time it has handed out
-- the values it reserved (32 by default). With a commit on disk per commit (WRITE_DELAY=0) and no space reuse
-- until a clean close, a bulk load of a million incidents wrote over a hundred thousand such commits: time
-- and file size. Reserving 1,000 at a time makes them rare. A crash skips at most the unused reserved values
-- (a gap in ids, which nothing relies on); a clean close gives them back.

alter table client alter column id set cache 1000;
alter table client_status_change alter column id set cache 1000;
alter table perpetrator alter column id set cache 1000;
alter table perpetrator_link alter column id set cache 1000;
alter table revinfo alter column rev set cache 1000;
alter table incident alter column id set cache 1000;
alter table incident_version alter column id set cache 1000;
alter table exhibit alter column id set cache 1000;
alter table custody_event alter column id set cache 1000;
alter table risk_assessment alter column id set cache 1000;
alter table risk_note alter column id set cache 1000;
alter table external_grade alter column id set cache 1000;
alter table typology_context alter column id set cache 1000;
alter table typology_finding alter column id set cache 1000;
alter table consent alter column id set cache 1000;
alter table share_decision alter column id set cache 1000;
alter table referral alter column id set cache 1000;
alter table referral_step alter column id set cache 1000;
alter table marac_action alter column id set cache 1000;
alter table protective_order alter column id set cache 1000;
alter table order_breach alter column id set cache 1000;

-- Field history (Envers) looks a record up by its id and revision, but these tables' keys lead with the
-- revision (or the position in a list), so every history read scanned the whole table: on 10,000 clients,
-- opening one client's overview read each client table's history in full. Indexes led by the record's id.
create index client_aud_by_client on client_aud (id, REV);
create index client_access_aud_by_client on client_access_aud (client_id, REV);
create index client_address_aud_by_client on client_address_aud (client_id, REV);
create index client_alias_aud_by_client on client_alias_aud (client_id, REV);
create index client_child_aud_by_client on client_child_aud (client_id, REV);
create index client_phone_aud_by_client on client_phone_aud (client_id, REV);
create index client_professional_aud_by_client on client_professional_aud (client_id, REV);
create index perpetrator_aud_by_perpetrator on perpetrator_aud (id, REV);
create index perpetrator_link_aud_by_link on perpetrator_link_aud (id, REV);
create index perpetrator_account_aud_by_perpetrator on perpetrator_account_aud (perpetrator_id, REV);
create index perpetrator_address_aud_by_perpetrator on perpetrator_address_aud (perpetrator_id, REV);
create index perpetrator_alias_aud_by_perpetrator on perpetrator_alias_aud (perpetrator_id, REV);
create index perpetrator_phone_aud_by_perpetrator on perpetrator_phone_aud (perpetrator_id, REV);
create index perpetrator_vehicle_aud_by_perpetrator on perpetrator_vehicle_aud (perpetrator_id, REV);
