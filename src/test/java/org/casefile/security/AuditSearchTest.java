package org.casefile.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSearchTest {
    @TempDir
    Path dir;

    @Test
    void supervisorsFilterTheLogCaseworkersCannotReadItAndLookingIsRecorded() {
        try (Session admin = TestStores.create(dir.resolve("store"))) {
            ClientService clients = new ClientService(admin.transactions(), admin.audit(), admin.user(),
                    Clock.systemDefaultZone());
            ClientRecord lucja = clients.create(ClientFixtures.lucja());
            clients.open(lucja.id());
            User caseworker = admin.users().add(admin.user(), new NewAccount("hdlamini", "Hana Dlamini", "HD",
                    Role.CASEWORKER), "harbour lantern pebble".toCharArray());

            var aboutLucja = admin.audit().search(admin.user(),
                    new AuditLog.Filter("", "", lucja.reference(), null, null), 100);
            assertThat(aboutLucja).extracting(AuditRecord::action).containsExactly("CLIENT_VIEWED", "CLIENT_CREATED");
            var views = admin.audit().search(admin.user(),
                    new AuditLog.Filter(TestStores.ADMIN, "CLIENT_VIEWED", "", null, null), 100);
            assertThat(views).hasSize(1);
            assertThat(admin.audit().recent(1)).extracting(AuditRecord::action).containsExactly("AUDIT_VIEWED");

            assertThatThrownBy(() -> admin.audit().search(caseworker, new AuditLog.Filter("", "", "", null, null), 10))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("supervisors");
            assertThat(admin.audit().verify().intact()).isTrue();
        }
    }
}
