package org.casefile.store;

import java.nio.file.Path;
import org.casefile.security.Session;
import org.casefile.security.TestStores;

/** Run in a second JVM by tests: opens a store, says "open", and keeps it open until its input closes. */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Session session = TestStores.signIn(Path.of(args[0])).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
