package org.casefile.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.casefile.UserFacingException;

/**
 * The key ring of a team's store, in the server's {@code key_ring} and {@code key_ring_entry} tables. Each person's
 * entry is its own row, so two desktops changing different people's passwords never overwrite each other. Read
 * before the store key is known (sign-in), so it uses its own short connections rather than the store's pool.
 */
final class TeamKeyRing implements KeyRingStore {
    private final Database.Server server;

    TeamKeyRing(Database.Server server) {
        this.server = server;
    }

    /** True when the server holds a store: its key ring has been saved. */
    boolean exists() {
        try (Connection c = ServerConnections.open(server);
             // Resolved through the search path: a schema that does not exist yet holds no store.
             PreparedStatement ps = c.prepareStatement("select case when to_regclass('key_ring') is null then -1 "
                     + "else 0 end");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) < 0) {
                return false;
            }
        } catch (SQLException e) {
            throw ServerConnections.unreachable(e, server);
        }
        try (Connection c = ServerConnections.open(server);
             PreparedStatement ps = c.prepareStatement("select count(*) from key_ring");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw ServerConnections.unreachable(e, server);
        }
    }

    @Override
    public KeyRing load() {
        try (Connection c = ServerConnections.open(server)) {
            String storeId;
            String keyCheck;
            try (PreparedStatement ps = c.prepareStatement("select format, store_id, key_check from key_ring where id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UserFacingException("database.noStore", server.describe());
                }
                if (rs.getInt(1) > KeyRing.FORMAT) {
                    throw new UserFacingException("store.tooNew");
                }
                storeId = rs.getString(2);
                keyCheck = rs.getString(3);
            }
            List<KeyRing.Entry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select username, salt, argon2_memory_kib, argon2_iterations, "
                    + "argon2_parallelism, nonce, wrapped_key from key_ring_entry order by username");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new KeyRing.Entry(rs.getString(1), rs.getString(2),
                            new Argon2Params(rs.getInt(3), rs.getInt(4), rs.getInt(5)), rs.getString(6), rs.getString(7)));
                }
            }
            return KeyRing.of(storeId, keyCheck, entries);
        } catch (SQLException e) {
            throw ServerConnections.unreachable(e, server);
        }
    }

    @Override
    public void create(KeyRing ring) {
        inTransaction(c -> writeWhole(c, ring));
    }

    /** The header row and every entry, inside the caller's transaction (also the store copier's). */
    static void writeWhole(Connection c, KeyRing ring) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into key_ring (id, format, store_id, key_check) values (1, ?, ?, ?)")) {
            ps.setInt(1, KeyRing.FORMAT);
            ps.setString(2, ring.storeId());
            ps.setString(3, ring.keyCheck());
            ps.executeUpdate();
        }
        for (KeyRing.Entry e : ring.entries()) {
            upsert(c, e);
        }
    }

    @Override
    public void saveUser(KeyRing ring, String username) {
        KeyRing.Entry entry = ring.entry(username).orElseThrow();
        inTransaction(c -> upsert(c, entry));
    }

    @Override
    public void removeUser(KeyRing ring, String username) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from key_ring_entry where username = ?")) {
                ps.setString(1, KeyRing.normaliseUser(username));
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void discard() {
        inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("delete from key_ring_entry");
                s.executeUpdate("delete from key_ring");
            }
        });
    }

    private static void upsert(Connection c, KeyRing.Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into key_ring_entry (username, salt, argon2_memory_kib, "
                + "argon2_iterations, argon2_parallelism, nonce, wrapped_key) values (?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (username) do update set salt = excluded.salt, argon2_memory_kib = excluded.argon2_memory_kib, "
                + "argon2_iterations = excluded.argon2_iterations, argon2_parallelism = excluded.argon2_parallelism, "
                + "nonce = excluded.nonce, wrapped_key = excluded.wrapped_key")) {
            ps.setString(1, e.user());
            ps.setString(2, e.salt());
            ps.setInt(3, e.argon2().memoryKiB());
            ps.setInt(4, e.argon2().iterations());
            ps.setInt(5, e.argon2().parallelism());
            ps.setString(6, e.nonce());
            ps.setString(7, e.wrappedKey());
            ps.executeUpdate();
        }
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection c = ServerConnections.open(server)) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "database.keyRingNotSaved", server.describe());
        }
    }
}
