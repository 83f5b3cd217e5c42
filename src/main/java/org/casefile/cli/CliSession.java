package org.casefile.cli;

import java.util.Arrays;
import java.util.List;
import org.casefile.UserFacingException;
import org.casefile.backup.BackupAdvice;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.store.StoreLock;

/** A command's hold on the store: the lock, then a signed-in session; closing both signs out. */
final class CliSession implements AutoCloseable {
    private final StoreLock lock;
    private final Session session;

    private CliSession(StoreLock lock, Session session) {
        this.lock = lock;
        this.session = session;
    }

    static CliSession open(CasefileCommand root) {
        SignIn signIn = root.signIn();
        try {
            return open(root, signIn);
        } catch (UserFacingException e) {
            // A damaged or missing store file: name the latest backup to restore.
            throw (UserFacingException) BackupAdvice.explain(e, signIn.location(),
                    root.settings().backupFolder(signIn.location().directory()));
        }
    }

    private static CliSession open(CasefileCommand root, SignIn signIn) {
        signIn.requireReady();
        StoreLock lock = StoreLock.acquire(signIn.location());
        try {
            String user = who(root, signIn::usernames);
            char[] password = root.passwords().read("Password for " + user);
            try {
                return new CliSession(lock, signIn.unlock(user, password));
            } finally {
                Arrays.fill(password, '\0');
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** {@code --user} (or CASEFILE_USER), else the only person in the key ring; several need naming. */
    static String who(CasefileCommand root, java.util.function.Supplier<List<String>> usernames) {
        String user = root.user();
        if (user != null) {
            return user;
        }
        List<String> users = usernames.get();
        if (users.size() != 1) {
            throw new UserFacingException("cli.userNeeded");
        }
        return users.getFirst();
    }

    Session session() {
        return session;
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            lock.close();
        }
    }
}
