package org.casefile.crash;

import java.nio.file.Path;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;

/**
 * Run in a second JVM by tests: holds a store the way a Casefile window or command does (its lock, then a
 * signed-in session), says "open", and keeps it until its input closes or it is killed.
 */
public final class HoldStoreLocked {
    private HoldStoreLocked() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (StoreLock lock = StoreLock.acquire(new StoreLocation(dir));
             Session session = TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input, or to kill us
            }
        }
    }
}
