package org.casefile.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.UserFacingException;

/**
 * Where a store's records live, chosen at start-up: an embedded, encrypted H2 file in a folder (one desktop), or
 * a PostgreSQL database shared by a team. Either way the entities, migrations and audit chain are the same; what
 * differs is the connection, the Flyway location, where the key ring is kept and whether blobs are sealed before
 * they are written (see docs/design.md, "Team mode").
 */
public sealed interface Database permits Database.Embedded, Database.Server {

    /** The folder on this computer: the whole store when embedded; the lock and pending sign-in failures otherwise. */
    StoreLocation location();

    /** Names the database in sentences and logs: a folder, or {@code postgresql://host:port/name} (never a password). */
    String describe();

    /** The Flyway location of this vendor's migrations; both hold the same version numbers. */
    String migrations();

    /** Where the wrapped copies of the store key are kept. */
    KeyRingStore keyRing();

    static Database embedded(Path folder) {
        return new Embedded(new StoreLocation(folder));
    }

    /**
     * Reads {@code postgresql://[USER@]HOST[:PORT]/NAME[?schema=S&sslmode=M]}. The password, if the server wants
     * one, comes from {@code PGPASSWORD} or {@code ~/.pgpass} as for every PostgreSQL client; it is never part of
     * the address. {@code localRoot} holds one folder per server address for this computer's own files.
     */
    static Server server(String address, Path localRoot) {
        return Server.parse(address, localRoot);
    }

    /** True for the text a person gives to {@code --database} when they mean a server. */
    static boolean isServerAddress(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /** Today's single-desktop store: everything in one folder, the H2 file encrypted as a whole. */
    record Embedded(StoreLocation location) implements Database {
        @Override
        public String describe() {
            return location.shown();
        }

        @Override
        public String migrations() {
            return Store.H2_MIGRATIONS;
        }

        @Override
        public KeyRingStore keyRing() {
            return KeyRingStore.file(location.keyRingFile());
        }
    }

    /** A team's store on a PostgreSQL server. */
    record Server(String host, int port, String name, String user, String schema, String sslMode,
                  StoreLocation location) implements Database {
        public static final int DEFAULT_PORT = 5432;
        private static final Pattern ADDRESS = Pattern.compile(
                "(?i)postgres(?:ql)?://(?:([^@/:]+)@)?(\\[[0-9a-fA-F:]+]|[A-Za-z0-9._-]+)(?::(\\d{1,5}))?/([A-Za-z0-9_-]+)(?:\\?(.*))?");
        private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

        static Server parse(String address, Path localRoot) {
            Matcher m = ADDRESS.matcher(address.strip());
            if (!m.matches()) {
                throw new UserFacingException("database.badAddress", address.strip());
            }
            int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
            if (port < 1 || port > 65535) {
                throw new UserFacingException("database.badAddress", address.strip());
            }
            Map<String, String> options = options(m.group(5), address);
            String schema = options.remove("schema");
            if (schema != null && !IDENTIFIER.matcher(schema).matches()) {
                throw new UserFacingException("database.badSchema", schema);
            }
            String sslMode = options.remove("sslmode");
            if (!options.isEmpty()) {
                throw new UserFacingException("database.unknownOption", String.join(", ", options.keySet()));
            }
            String user = m.group(1) == null ? System.getProperty("user.name") : m.group(1);
            String host = m.group(2);
            String folder = (host + "-" + port + "-" + m.group(4) + (schema == null ? "" : "-" + schema))
                    .replaceAll("[^A-Za-z0-9._-]", "_");
            return new Server(host, port, m.group(4), user, schema, sslMode,
                    new StoreLocation(localRoot.resolve("servers").resolve(folder)));
        }

        private static Map<String, String> options(String query, String address) {
            Map<String, String> out = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return out;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new UserFacingException("database.badAddress", address.strip());
                }
                out.put(pair.substring(0, eq).toLowerCase(Locale.ROOT),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return out;
        }

        /** The same server and database with its own schema: each test run, or a trial, keeps to itself. */
        public Server inSchema(String otherSchema, Path localRoot) {
            return parse("postgresql://" + user + "@" + host + ":" + port + "/" + name + "?schema=" + otherSchema
                    + (sslMode == null ? "" : "&sslmode=" + sslMode), localRoot);
        }

        public String jdbcUrl() {
            StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                    .append('/').append(name).append("?ApplicationName=Casefile");
            if (schema != null) {
                url.append("&currentSchema=").append(schema);
            }
            if (sslMode != null) {
                url.append("&sslmode=").append(URLEncodedValue.of(sslMode));
            }
            return url.toString();
        }

        @Override
        public String describe() {
            return "postgresql://" + host + ":" + port + "/" + name + (schema == null ? "" : "?schema=" + schema);
        }

        @Override
        public String migrations() {
            return "classpath:db/migration/postgresql";
        }

        @Override
        public KeyRingStore keyRing() {
            return new TeamKeyRing(this);
        }

        /** True when a store has been created on this server (in this schema); false for an empty database. */
        public boolean hasStore() {
            return new TeamKeyRing(this).exists();
        }
    }

    /** Keeps a query value from adding parameters of its own to the JDBC address. */
    final class URLEncodedValue {
        private URLEncodedValue() {
        }

        static String of(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
