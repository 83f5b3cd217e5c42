package org.casefile.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.casefile.SafeLog;
import org.casefile.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far the store had got the last time this computer saved to it: the database file's length and the audit
 * chain's last sequence number, kept beside the store in {@code casefile.mark} and moved forward after every
 * commit that appends to the audit log.
 *
 * <p>The database is written append-only while open (H2's space reuse is off, see {@link Store}), so its file only
 * grows until a clean close compacts it. A file shorter than the mark was cut short; a chain shorter than the mark
 * is an older copy. Either way H2 would open the older state without complaint and the caseworker would silently
 * lose work, so opening is refused instead. The length is checked before H2 touches the file, so a refused file is
 * left exactly as it was.
 *
 * <p>The mark holds no case data. It is written with a temporary file and an atomic move, after the commit it
 * describes, so a crash leaves it behind the database, never ahead. It survives a killed process (the OS keeps what
 * was written); a power cut is not promised (docs/security.md). Failing to write it never fails the save it
 * follows.
 */
final class StoreMark {
    private static final Logger LOG = LoggerFactory.getLogger(StoreMark.class);
    /** Length written while the file's length is about to change legitimately (compaction): not checked. */
    private static final long UNKNOWN = -1;

    private final StoreLocation location;
    private long seq;
    private long length;
    private volatile boolean compact;

    private StoreMark(StoreLocation location, long seq, long length) {
        this.location = location;
        this.seq = seq;
        this.length = length;
    }

    /** Reads the mark; a store without one (new, restored, or from before marks) starts with none. */
    static StoreMark read(StoreLocation location) {
        Path file = location.markFile();
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
            return new StoreMark(location, Long.parseLong(p.getProperty("seq", "0")),
                    Long.parseLong(p.getProperty("length", String.valueOf(UNKNOWN))));
        } catch (NoSuchFileException e) {
            return new StoreMark(location, 0, UNKNOWN);
        } catch (IOException | RuntimeException e) {
            // A mark that cannot be read proves nothing either way; the audit chain check still runs.
            LOG.warn("Store mark unreadable, ignored: {}", SafeLog.describe(e));
            return new StoreMark(location, 0, UNKNOWN);
        }
    }

    /** Refuses a database file shorter than it was when last saved, before anything opens it. */
    void checkLength() {
        if (length == UNKNOWN) {
            return;
        }
        long now;
        try {
            now = Files.size(location.databaseFile());
        } catch (IOException e) {
            return; // opening will say what is wrong with the file
        }
        if (now < length) {
            throw new UserFacingException("store.cutShort", location.databaseFile());
        }
    }

    /** Refuses a database whose audit chain ends before the last entry this computer saw saved. */
    void checkChain(long chainSeq) {
        if (chainSeq < seq) {
            throw new UserFacingException("store.olderThanLastUse", location.databaseFile(), seq - chainSeq);
        }
        seq = chainSeq;
    }

    /** After a commit whose audit log now ends at {@code chainSeq}. */
    synchronized void committed(long chainSeq) {
        if (chainSeq <= seq) {
            return; // a later commit already moved it past this one
        }
        seq = chainSeq;
        length = currentLength();
        write();
    }

    /** Whether the database file is still where the store was opened (not moved or deleted while open). */
    boolean storeStillThere() {
        return Files.exists(location.databaseFile());
    }

    java.nio.file.Path folder() {
        return location.directory();
    }

    /** Something asked for the file to be rewritten at the next clean close (see {@link Store#close()}). */
    void compactionRequested() {
        compact = true;
    }

    boolean compactionWanted() {
        return compact;
    }

    /** Before the file's length changes legitimately (compaction): the length is not known until it is done. */
    synchronized void lengthChanging() {
        length = UNKNOWN;
        write();
    }

    /** After the database file was closed: its final length. */
    synchronized void closed() {
        length = currentLength();
        write();
    }

    /** Writes the mark as it stands (at open, so a store from before marks gets one). */
    synchronized void save() {
        length = currentLength();
        write();
    }

    private long currentLength() {
        try {
            return Files.size(location.databaseFile());
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    private void write() {
        Path file = location.markFile();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        String text = "# Casefile store mark: how far this store had got when last saved. No case data.\n"
                + "seq=" + seq + "\nlength=" + length + "\n";
        try {
            Files.writeString(partial, text, StandardCharsets.ISO_8859_1);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Store mark not written: {}", SafeLog.describe(e));
        }
    }
}
