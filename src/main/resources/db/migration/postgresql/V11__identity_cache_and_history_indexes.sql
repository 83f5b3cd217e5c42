-- Twin of the H2 migration of the same name. Its first half (identity values reserved 1,000 at a time) is an
-- H2 matter: H2 commits each reserve to its file; PostgreSQL's sequences need nothing here.

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
