package org.casefile.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The folder that holds one Casefile store: the encrypted database, its key ring and its lock. */
public record StoreLocation(Path directory) {
    static final String DATABASE_NAME = "casefile";

    public StoreLocation {
        directory = directory.toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path keyRingFile() {
        return directory.resolve("keyring.json");
    }

    public Path lockFile() {
        return directory.resolve("casefile.lock");
    }

    /** Failed sign-ins seen while the store was closed, moved into the audit log at the next sign-in. */
    public Path pendingAuditFile() {
        return directory.resolve("unlock-failures.jsonl");
    }

    /** How far the store had got when last saved on this computer ({@link StoreMark}). */
    public Path markFile() {
        return directory.resolve("casefile.mark");
    }

    String jdbcPath() {
        return directory.resolve(DATABASE_NAME).toString();
    }

    public enum State {
        /** Nothing here yet: first run. */
        NEW,
        /** Database and key ring are both present. */
        READY,
        /** A key ring without its database: moved, deleted or not restored. */
        DATABASE_MISSING,
        /** A database without its key ring: it cannot be unlocked. */
        KEY_RING_MISSING
    }

    public State state() {
        boolean database = Files.exists(databaseFile());
        boolean keyRing = Files.exists(keyRingFile());
        if (database && keyRing) {
            return State.READY;
        }
        if (keyRing) {
            return State.DATABASE_MISSING;
        }
        return database ? State.KEY_RING_MISSING : State.NEW;
    }

    /**
     * The folder as a person reads it on screen: inside their home folder it starts with {@code ~} on Linux and
     * macOS ({@code ~/.local/share/casefile}), which is shorter and names no account; elsewhere the full path.
     */
    public String shown() {
        Path dir = directory.toAbsolutePath().normalize();
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || java.io.File.separatorChar != '/') {
            return dir.toString();
        }
        Path homeDir = Path.of(home).toAbsolutePath().normalize();
        return dir.startsWith(homeDir) && !dir.equals(homeDir) ? "~/" + homeDir.relativize(dir) : dir.toString();
    }

    /** The OS user-data folder: {@code ~/.local/share/casefile} on Linux, the usual places elsewhere. */
    public static StoreLocation defaultLocation() {
        return new StoreLocation(userDataFolder());
    }

    public static Path userDataFolder() {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Casefile");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Casefile");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("casefile");
    }
}
