package org.casefile.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.casefile.UserFacingException;

/**
 * Keeps a second Casefile off a store that is in use. An OS file lock: the OS releases it when the process ends,
 * even after a crash, so a stale lock cannot shut anyone out.
 */
public final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static StoreLock acquire(StoreLocation location) {
        try {
            Files.createDirectories(location.directory());
        } catch (AccessDeniedException e) {
            throw new UserFacingException(e, "store.notWritable", location.directory());
        } catch (IOException e) {
            throw new UserFacingException(e, "store.folderNotCreated", location.directory());
        }
        if (!Files.isWritable(location.directory())) {
            throw new UserFacingException("store.notWritable", location.directory());
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(location.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserFacingException("store.inUse", location.directory());
            }
            return new StoreLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "store.inUse", location.directory());
        } catch (AccessDeniedException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "store.notWritable", location.directory());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "store.notWritable", location.directory());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel is closed next, which releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
