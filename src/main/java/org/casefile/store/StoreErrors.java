package org.casefile.store;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import org.casefile.UserFacingException;
import org.hibernate.StaleStateException;

/** Turns what the database throws into a sentence a caseworker can act on, where one fits. */
final class StoreErrors {
    // H2 error codes (org.h2.api.ErrorCode), named here so the mapping reads plainly.
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int FILE_CORRUPTED = 90030;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int DATABASE_NOT_FOUND = 90146;
    static final int DATABASE_IS_READ_ONLY = 90097;
    static final int IO_EXCEPTION_1 = 90028;
    static final int IO_EXCEPTION_2 = 90031;
    static final int GENERAL_ERROR = 50000;
    static final int DATABASE_IS_CLOSED = 90098;
    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

    private StoreErrors() {
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof UserFacingException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new UserFacingException(e, "record.changedElsewhere");
            }
            if (mentionsFullDisk(t)) {
                return new UserFacingException(e, "store.diskFull");
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_IS_READ_ONLY) {
                return new UserFacingException(e, "store.readOnly");
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                    && String.valueOf(t.getMessage()).contains("store is closed")
                    || t instanceof SQLException sql && (sql.getErrorCode() == DATABASE_IS_CLOSED
                    || sql.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN)) {
                // H2 stops using its file after a write failed (a full disk, a device gone).
                return new UserFacingException(e, "store.stopped");
            }
            // PostgreSQL (team mode): two desktops' transactions that could not both go through.
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return new UserFacingException(e, "store.busy");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }

    /** Whether H2 will have stopped using its file after this failure (a write that failed below the SQL). */
    static boolean stopsTheStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (mentionsFullDisk(t) || t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (stopsTheStore(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What opening the database threw, as a sentence; {@code location} names the folder. */
    static UserFacingException onOpen(Throwable e, StoreLocation location) {
        if (e instanceof UserFacingException u) {
            return u;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (mentionsFullDisk(t)) {
                return new UserFacingException(e, "store.diskFull");
            }
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case DATABASE_ALREADY_OPEN:
                        return new UserFacingException(e, "store.inUse", location.directory());
                    case WRONG_USER_OR_PASSWORD, FILE_ENCRYPTION_ERROR, FILE_CORRUPTED, GENERAL_ERROR:
                        // The key ring's check value already proved the key right, so H2 refusing it means
                        // the file itself is damaged or is not this key ring's database.
                        return new UserFacingException(e, "store.damaged", location.databaseFile());
                    case DATABASE_NOT_FOUND:
                        return new UserFacingException(e, "store.databaseMissing", location.databaseFile());
                    case DATABASE_IS_READ_ONLY, IO_EXCEPTION_1, IO_EXCEPTION_2:
                        // A read error on a file we may write is a damaged file (a truncated one reads short).
                        return writable(location)
                                ? new UserFacingException(e, "store.damaged", location.databaseFile())
                                : new UserFacingException(e, "store.notWritable", location.directory());
                    default:
                        break;
                }
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return new UserFacingException(e, "store.damaged", location.databaseFile());
            }
        }
        return new UserFacingException(e, "store.openFailed", location.directory());
    }

    private static boolean writable(StoreLocation location) {
        return java.nio.file.Files.isWritable(location.directory())
                && java.nio.file.Files.isWritable(location.databaseFile());
    }

    private static boolean mentionsFullDisk(Throwable t) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("no space left");
    }
}
