package org.casefile.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.UserFacingException;
import org.casefile.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInTest {
    @TempDir
    Path dir;

    @Test
    void firstRunCreatesAStoreTheAdministratorCanReopen() {
        try (Session session = TestStores.create(dir)) {
            assertThat(session.user().role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(session.user().initials()).isEqualTo("JS");
        }
        assertThat(TestStores.holdsStore(dir)).isTrue();

        try (Session again = TestStores.signIn(dir).unlock("JSmith ", TestStores.PASSWORD.clone())) {
            assertThat(again.user().username()).isEqualTo("jsmith");
            assertThat(again.user().lastSignInAt()).as("the previous sign-in, from the first run").isNotNull();
            List<String> actions = again.audit().recent(10).stream().map(AuditRecord::action).toList();
            assertThat(actions).startsWith("SIGN_IN", "SIGN_OUT", "SIGN_IN", "USER_CREATED", "STORE_CREATED");
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameSentenceAndAreAuditedLater() {
        TestStores.create(dir).close();
        SignIn signIn = TestStores.signIn(dir);

        assertThatThrownBy(() -> signIn.unlock(TestStores.ADMIN, "not the password".toCharArray()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("The username or password is not right. Check Caps Lock and try again.");
        assertThatThrownBy(() -> signIn.unlock("correct horse battery", TestStores.PASSWORD.clone()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("The username or password is not right. Check Caps Lock and try again.");

        // The mistyped username looked like a password: it must not be written to disk.
        assertThat(readAll(new StoreLocation(dir).pendingAuditFile())).doesNotContain("horse");

        try (Session session = signIn.unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            List<AuditRecord> recent = session.audit().recent(3);
            assertThat(recent).extracting(AuditRecord::action).containsExactly("SIGN_IN", "SIGN_IN_FAILED", "SIGN_IN_FAILED");
            assertThat(recent).extracting(AuditRecord::actor).containsExactly("jsmith", "(unknown user)", "jsmith");
            assertThat(session.audit().verify().intact()).isTrue();
        }
        assertThat(new StoreLocation(dir).pendingAuditFile()).doesNotExist();
    }

    @Test
    void lockScreenChecksThePasswordOfThePersonSignedIn() {
        try (Session session = TestStores.create(dir)) {
            session.lock();
            assertThat(session.unlock("wrong password!".toCharArray())).isFalse();
            assertThat(session.unlock(TestStores.PASSWORD.clone())).isTrue();
            assertThat(session.audit().recent(3)).extracting(AuditRecord::action)
                    .containsExactly("UNLOCK", "UNLOCK_FAILED", "LOCK");
        }
    }

    @Test
    void weakPasswordsAndBadAccountsAreRefusedBeforeAnythingIsWritten() {
        SignIn signIn = TestStores.signIn(dir);
        assertThatThrownBy(() -> signIn.createStore(new NewAccount("jsmith", "Jo Smith", "JS", Role.ADMINISTRATOR),
                "short".toCharArray()))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> signIn.createStore(new NewAccount("jo smith", "Jo Smith", "JS", Role.ADMINISTRATOR),
                TestStores.PASSWORD.clone()))
                .hasMessageContaining("no spaces");
        assertThatThrownBy(() -> signIn.createStore(new NewAccount("jsmith", "Jo Smith", "J5", Role.ADMINISTRATOR),
                TestStores.PASSWORD.clone()))
                .hasMessageContaining("Initials");
        assertThat(TestStores.holdsStore(dir)).isFalse();
    }

    @Test
    void aSecondAccountCanSignInWithItsOwnPassword() {
        try (Session admin = TestStores.create(dir)) {
            admin.users().create(new NewAccount("amira", "Amira Haddad", "AH", Role.CASEWORKER),
                    "plum orchard lantern".toCharArray(), admin.user().username());
            assertThatThrownBy(() -> admin.users().create(new NewAccount("AMIRA", "Someone Else", "SE", Role.CASEWORKER),
                    "plum orchard lantern".toCharArray(), admin.user().username()))
                    .hasMessageContaining("already in use");
        }
        try (Session amira = TestStores.signIn(dir).unlock("amira", "plum orchard lantern".toCharArray())) {
            assertThat(amira.user().role()).isEqualTo(Role.CASEWORKER);
        }
    }

    private static String readAll(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
