package org.casefile.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.casefile.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts managed through the service, with the key ring following every change. */
class UserManagementTest {
    private static final char[] CASEWORKER_PASSWORD = "harbour lantern pebble".toCharArray();
    private static final char[] NEW_PASSWORD = "orchard violin meadow".toCharArray();

    @TempDir
    Path dir;

    @Test
    void onlyAnAdministratorManagesAccountsAndTheKeyRingFollowsEveryChange() {
        Path store = dir.resolve("store");
        User caseworker;
        try (Session admin = TestStores.create(store)) {
            UserService users = admin.users();
            caseworker = users.add(admin.user(), new NewAccount("hdlamini", "Hana Dlamini", "HD", Role.CASEWORKER),
                    CASEWORKER_PASSWORD);
            assertThatThrownBy(() -> users.add(caseworker, new NewAccount("other", "Other Person", "OP",
                    Role.CASEWORKER), NEW_PASSWORD)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("Only an administrator");
            assertThatThrownBy(() -> users.disable(caseworker, admin.user().id()))
                    .isInstanceOf(UserFacingException.class);
        }
        try (Session hana = TestStores.signIn(store).unlock("hdlamini", CASEWORKER_PASSWORD)) {
            assertThat(hana.user().role()).isEqualTo(Role.CASEWORKER);
        }

        try (Session admin = TestStores.signIn(store).unlock(TestStores.ADMIN, TestStores.PASSWORD)) {
            UserService users = admin.users();
            assertThatThrownBy(() -> users.disable(admin.user(), admin.user().id()))
                    .hasMessageContaining("your own account");
            assertThatThrownBy(() -> users.changeRole(admin.user(), admin.user().id(), Role.SUPERVISOR))
                    .hasMessageContaining("only administrator");
            users.resetPassword(admin.user(), caseworker.id(), NEW_PASSWORD);
        }
        assertThatThrownBy(() -> TestStores.signIn(store).unlock("hdlamini", CASEWORKER_PASSWORD))
                .isInstanceOf(UserFacingException.class);
        try (Session hana = TestStores.signIn(store).unlock("hdlamini", NEW_PASSWORD)) {
            assertThatThrownBy(() -> hana.users().changeOwnPassword(hana.user(), "wrong".toCharArray(),
                    CASEWORKER_PASSWORD)).hasMessageContaining("current password");
            hana.users().changeOwnPassword(hana.user(), NEW_PASSWORD, CASEWORKER_PASSWORD);
        }

        try (Session admin = TestStores.signIn(store).unlock(TestStores.ADMIN, TestStores.PASSWORD)) {
            User disabled = admin.users().disable(admin.user(), caseworker.id());
            assertThat(disabled.enabled()).isFalse();
            assertThat(admin.audit().recent(3)).extracting(AuditRecord::action).contains("USER_DISABLED");
        }
        // Disabled: the key ring entry is gone, so even the right password opens nothing.
        assertThatThrownBy(() -> TestStores.signIn(store).unlock("hdlamini", CASEWORKER_PASSWORD))
                .isInstanceOf(UserFacingException.class);
        assertThat(TestStores.database(store).keyRing().load().hasUser("hdlamini")).isFalse();

        try (Session admin = TestStores.signIn(store).unlock(TestStores.ADMIN, TestStores.PASSWORD)) {
            admin.users().enable(admin.user(), caseworker.id(), NEW_PASSWORD);
        }
        try (Session hana = TestStores.signIn(store).unlock("hdlamini", NEW_PASSWORD)) {
            assertThat(hana.user().enabled()).isTrue();
        }
    }
}
