package org.casefile.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casefile.UserFacingException;
import org.casefile.client.CaseStatus;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.demo.DemoData;
import org.casefile.security.AuditRecord;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {
    /** Shared records, and the record of what happened, which erasure must leave. */
    private static final Set<String> KEPT = Set.of("audit_entry", "audit_chain_head", "revinfo", "reference_counter",
            "erasure_record", "store_rule", "agency", "user_account", "risk_checklist", "flyway_schema_history");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void erasingEveryClosedDemoCaseLeavesEveryCaseTableAsBeforeTheyExisted() throws Exception {
        try (Session session = TestStores.create(dir.resolve("store"))) {
            Map<String, Long> before = counts(session);
            new DemoData(11, Clock.fixed(NOW.minus(Duration.ofDays(9 * 365)), LONDON))
                    .create(session, List.of(session.user()), 6, 10, done -> { });
            Map<String, Long> full = counts(session);
            assertThat(full.get("incident_version")).as("the demo wrote case rows to erase").isPositive();

            ClientService longAgo = clients(session, NOW.minus(Duration.ofDays(7 * 365 + 10)));
            for (var summary : clients(session, NOW).caseload(org.casefile.client.CaseloadFilter.ALL)) {
                ClientRecord c = longAgo.open(summary.id());
                longAgo.changeStatus(c.id(), c.version(), CaseStatus.CLOSED, "Support ended");
            }
            Map<String, Long> closed = counts(session);
            Retention retention = retention(session);
            List<Retention.Due> due = retention.due();
            assertThat(due).hasSize(6).allSatisfy(d -> assertThat(d.yearsClosed()).isEqualTo(7));

            int rows = 0;
            for (Retention.Due d : due) {
                rows += retention.erase(d.reference(), "Past the six-year retention period").rows();
            }

            Map<String, Long> after = counts(session);
            Map<String, Long> expected = new TreeMap<>(before);
            Map<String, Long> actual = new TreeMap<>(after);
            KEPT.forEach(t -> {
                expected.remove(t);
                actual.remove(t);
            });
            assertThat(actual).as("every table holding case data is back as it was before the cases").isEqualTo(expected);
            assertThat(rows).as("the rows each erasure reported add up to what went").isEqualTo(
                    closed.entrySet().stream().filter(e -> !KEPT.contains(e.getKey()))
                            .mapToLong(e -> e.getValue() - after.get(e.getKey())).sum());
            assertThat(after.get("erasure_record")).isEqualTo(6);
            assertThat(session.audit().verify().intact()).isTrue();
            assertThat(retention.register()).hasSize(6).allSatisfy(r -> {
                assertThat(r.erasedBy()).isEqualTo(TestStores.ADMIN);
                assertThat(r.reason()).isEqualTo("Past the six-year retention period");
            });
        }
    }

    @Test
    void onlyClosedCasesPastThePeriodAndOnlyBySupervisors() throws Exception {
        try (Session admin = TestStores.create(dir.resolve("store"))) {
            ClientService longAgo = clients(admin, NOW.minus(Duration.ofDays(8 * 365)));
            ClientRecord old = longAgo.create(ClientFixtures.named("Ada", "Oldcase"));
            ClientRecord open = longAgo.create(ClientFixtures.named("Bea", "Stillopen"));
            longAgo.changeStatus(old.id(), old.version(), CaseStatus.CLOSED, "Moved away");
            ClientService now = clients(admin, NOW);
            ClientRecord recent = now.create(ClientFixtures.named("Cat", "Recent"));
            now.changeStatus(recent.id(), recent.version(), CaseStatus.CLOSED, "Support ended");

            Retention retention = retention(admin);
            assertThat(retention.due()).extracting(Retention.Due::reference).containsExactly(old.reference());
            assertThatThrownBy(() -> retention.erase(open.reference(), "tidy"))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("privacy.erase.notDue"));
            assertThatThrownBy(() -> retention.erase(recent.reference(), "tidy"))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("privacy.erase.notDue"));
            assertThatThrownBy(() -> retention.erase(old.reference(), " "))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("privacy.erase.reasonNeeded"));

            admin.users().add(admin.user(), new NewAccount("kcase", "Kim Case", "KC", Role.CASEWORKER), "a long enough password".toCharArray());
            try (Session caseworker = TestStores.signIn(dir.resolve("store"))
                    .unlock("kcase", "a long enough password".toCharArray())) {
                Retention theirs = retention(caseworker);
                assertThatThrownBy(theirs::due).satisfies(e ->
                        assertThat(((UserFacingException) e).key()).isEqualTo("privacy.retention.supervisorsOnly"));
                assertThatThrownBy(() -> theirs.erase(old.reference(), "tidy")).isInstanceOf(UserFacingException.class);
            }

            retention.setYears(10);
            assertThat(retention.due()).as("eight years closed is not past ten").isEmpty();
            retention.setYears(5);
            Retention.Erased erased = retention.erase(old.reference(), "Past the retention period");
            assertThat(erased.byTable()).containsKeys("client", "client_aud", "client_status_change");
            assertThat(now.caseload(org.casefile.client.CaseloadFilter.ALL)).extracting(s -> s.reference())
                    .containsExactlyInAnyOrder(open.reference(), recent.reference());
            List<AuditRecord> about = admin.audit().about(Map.of("client", List.of(old.reference())));
            assertThat(about).last().satisfies(r -> assertThat(r.detail()).doesNotContain("Ada", "Oldcase"));
        }
    }

    private static Retention retention(Session session) {
        return new Retention(session.transactions(), session.audit(), session.user(), Clock.fixed(NOW, LONDON));
    }

    private static ClientService clients(Session session, Instant at) {
        return new ClientService(session.transactions(), session.audit(), session.user(), Clock.fixed(at, LONDON));
    }

    private static Map<String, Long> counts(Session session) {
        return session.transactions().read(em -> em.unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            Map<String, Long> out = new TreeMap<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String table = name.toLowerCase(java.util.Locale.ROOT);
                    try (ResultSet n = c.createStatement().executeQuery("select count(*) from \"" + name + "\"")) {
                        n.next();
                        out.put(table, n.getLong(1));
                    }
                }
            }
            return out;
        }));
    }
}
