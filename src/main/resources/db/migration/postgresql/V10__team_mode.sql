-- PostgreSQL twin of h2/V10__team_mode.sql: versions on the records that lacked one, as there.
alter table exhibit add column version bigint default 0 not null;
alter table marac_action add column version bigint default 0 not null;
alter table risk_checklist add column version bigint default 0 not null;

-- The key ring of a team's store: only wrapped copies of the store key (AES-GCM under a key Argon2id derives
-- from each person's password), the store's id and the key-check value. Nothing here opens the store without
-- a password. One row per person, so two desktops changing different people's passwords never collide.
create table key_ring (
    id         integer     primary key check (id = 1),
    format     integer     not null,
    store_id   varchar(36) not null,
    key_check  varchar(64)    not null
);

create table key_ring_entry (
    username            varchar(64)  primary key,
    salt                varchar(64)  not null,
    argon2_memory_kib   integer      not null,
    argon2_iterations   integer      not null,
    argon2_parallelism  integer      not null,
    nonce               varchar(32)  not null,
    wrapped_key         varchar(128) not null
);
