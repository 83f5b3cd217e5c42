package org.casefile.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.casefile.UserFacingException;

/**
 * This computer's preferences, outside the store so they can say where the store is: theme, text size, idle
 * lock, store folder. A plain properties file that IT support can read and set.
 */
public final class Settings {
    /** SYSTEM follows the computer's light or dark choice where it can be read, else light. */
    public enum Theme { LIGHT, DARK, HIGH_CONTRAST, SYSTEM }

    /** Text sizes offered, in percent of the normal size; layouts scale with the text. */
    public static final java.util.List<Integer> FONT_SIZES = java.util.List.of(100, 125, 150, 200);

    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int DEFAULT_MAX_EXHIBIT_MEGABYTES = 500;
    /** An incident this many months after a MARAC referral makes a repeat MARAC case (local protocols differ). */
    public static final int DEFAULT_MARAC_REPEAT_MONTHS = 12;
    /** Backups of one store kept in the backup folder; the oldest go once a newer one is complete. */
    public static final int DEFAULT_BACKUP_KEEP = 7;
    /** Text copied out of Casefile is taken off the clipboard after this long. */
    public static final int DEFAULT_CLIPBOARD_CLEAR_SECONDS = 60;
    private final Path file;
    private Theme theme = Theme.SYSTEM;
    private int fontSize = 100;
    private int idleLockMinutes = DEFAULT_IDLE_LOCK_MINUTES;
    private Path storeDirectory;
    /** A team's store on a server (postgresql://HOST/DB); blank means the store folder on this computer. */
    private String databaseAddress;
    private int maxExhibitMegabytes = DEFAULT_MAX_EXHIBIT_MEGABYTES;
    private int maracRepeatMonths = DEFAULT_MARAC_REPEAT_MONTHS;
    private Path backupFolder;
    private int backupKeep = DEFAULT_BACKUP_KEEP;
    private boolean backupDaily = true;
    private int clipboardClearSeconds = DEFAULT_CLIPBOARD_CLEAR_SECONDS;
    private Language language = Language.ENGLISH_UK;

    private Settings(Path file) {
        this.file = file;
    }

    /** Reads the file if it is there; a missing or unreadable file means the defaults. */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return settings;
            }
            settings.theme = parseTheme(p.getProperty("theme"));
            settings.fontSize = parseFontSize(p.getProperty("fontSize"));
            settings.idleLockMinutes = parseMinutes(p.getProperty("idleLockMinutes"));
            String store = p.getProperty("storeDirectory", "").strip();
            settings.storeDirectory = store.isEmpty() ? null : Path.of(store);
            String database = p.getProperty("database", "").strip();
            settings.databaseAddress = database.isEmpty() ? null : database;
            settings.maxExhibitMegabytes = parseNumber(p.getProperty("maxExhibitMegabytes"), 1, 4096,
                    DEFAULT_MAX_EXHIBIT_MEGABYTES);
            settings.maracRepeatMonths = parseNumber(p.getProperty("maracRepeatMonths"), 1, 36,
                    DEFAULT_MARAC_REPEAT_MONTHS);
            settings.clipboardClearSeconds = parseNumber(p.getProperty("clipboardClearSeconds"), 10, 600,
                    DEFAULT_CLIPBOARD_CLEAR_SECONDS);
            String backups = p.getProperty("backupFolder", "").strip();
            settings.backupFolder = backups.isEmpty() ? null : Path.of(backups);
            settings.backupKeep = parseNumber(p.getProperty("backupKeep"), 1, 365, DEFAULT_BACKUP_KEEP);
            settings.backupDaily = !"false".equalsIgnoreCase(p.getProperty("backupDaily", "true").strip());
            settings.language = Language.fromTag(p.getProperty("language"));
        }
        return settings;
    }

    /** {@code ~/.config/casefile/settings.properties} on Linux, the usual places elsewhere. */
    public static Path defaultFile() {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path folder;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            folder = Path.of(appData != null ? appData : home, "Casefile");
        } else if (os.contains("mac")) {
            folder = Path.of(home, "Library", "Preferences", "Casefile");
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            folder = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("casefile");
        }
        return folder.resolve("settings.properties");
    }

    public void save() {
        Properties p = new Properties();
        p.setProperty("theme", theme.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        p.setProperty("fontSize", Integer.toString(fontSize));
        p.setProperty("idleLockMinutes", Integer.toString(idleLockMinutes));
        p.setProperty("storeDirectory", storeDirectory == null ? "" : storeDirectory.toString());
        p.setProperty("database", databaseAddress == null ? "" : databaseAddress);
        p.setProperty("maxExhibitMegabytes", Integer.toString(maxExhibitMegabytes));
        p.setProperty("maracRepeatMonths", Integer.toString(maracRepeatMonths));
        p.setProperty("clipboardClearSeconds", Integer.toString(clipboardClearSeconds));
        p.setProperty("backupFolder", backupFolder == null ? "" : backupFolder.toString());
        p.setProperty("backupKeep", Integer.toString(backupKeep));
        p.setProperty("backupDaily", Boolean.toString(backupDaily));
        p.setProperty("language", language.tag());
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".new");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Casefile settings for this computer");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "settings.notSaved", file);
        }
    }

    public Path file() {
        return file;
    }

    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    /** Text size in percent: one of {@link #FONT_SIZES}. */
    public int fontSize() {
        return fontSize;
    }

    public void setFontSize(int percent) {
        this.fontSize = FONT_SIZES.contains(percent) ? percent : 100;
    }

    public int idleLockMinutes() {
        return idleLockMinutes;
    }

    public void setIdleLockMinutes(int minutes) {
        this.idleLockMinutes = Math.clamp(minutes, 1, 120);
    }

    public Optional<Path> storeDirectory() {
        return Optional.ofNullable(storeDirectory);
    }

    public void setStoreDirectory(Path directory) {
        this.storeDirectory = directory;
    }

    /** The team's server, when this computer works on one (set by IT support in the settings file). */
    public Optional<String> databaseAddress() {
        return Optional.ofNullable(databaseAddress);
    }

    public void setDatabaseAddress(String address) {
        this.databaseAddress = address == null || address.isBlank() ? null : address.strip();
    }

    /** The largest file taken in as one exhibit (IT can raise it in the settings file; 1 to 4096 MB). */
    public int clipboardClearSeconds() {
        return clipboardClearSeconds;
    }

    public int maracRepeatMonths() {
        return maracRepeatMonths;
    }

    public long maxExhibitBytes() {
        return maxExhibitMegabytes * 1024L * 1024L;
    }

    /**
     * Where backups go: the chosen folder, else a folder beside the store's ({@code casefile-backups} next to
     * {@code casefile}), outside it so a backup is not lost with the store folder. Another disk is better still.
     */
    public Path backupFolder(Path storeDirectory) {
        if (backupFolder != null) {
            return backupFolder;
        }
        Path store = storeDirectory.toAbsolutePath().normalize();
        Path parent = store.getParent() == null ? store : store.getParent();
        return parent.resolve(store.getFileName() + "-backups");
    }

    public Optional<Path> chosenBackupFolder() {
        return Optional.ofNullable(backupFolder);
    }

    public void setBackupFolder(Path folder) {
        this.backupFolder = folder;
    }

    public int backupKeep() {
        return backupKeep;
    }

    public void setBackupKeep(int keep) {
        this.backupKeep = Math.clamp(keep, 1, 365);
    }

    /** A backup each day while someone is signed in (the default), or only when asked for. */
    public boolean backupDaily() {
        return backupDaily;
    }

    public void setBackupDaily(boolean daily) {
        this.backupDaily = daily;
    }

    private static int parseNumber(String value, int min, int max, int fallback) {
        try {
            return Math.clamp(Integer.parseInt(value == null ? "" : value.strip()), min, max);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Theme parseTheme(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return Theme.SYSTEM;
    }

    private static int parseFontSize(String value) {
        int percent = parseNumber(value, 1, 1000, 100);
        return FONT_SIZES.contains(percent) ? percent : 100;
    }

    private static int parseMinutes(String value) {
        return parseNumber(value, 1, 120, DEFAULT_IDLE_LOCK_MINUTES);
    }

    /** The language of the window and of dates; takes effect at the next start. */
    public Language language() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
