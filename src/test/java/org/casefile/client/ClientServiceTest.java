package org.casefile.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.risk.RiskLevel;
import org.casefile.security.AuditRecord;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientServiceTest {
    @TempDir
    Path dir;
    Session session;
    ClientService clients;
    User amira;
    ClientService asAmira;

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        clients = new ClientService(session.transactions(), session.audit(), session.user(), Clock.systemDefaultZone());
        amira = session.users().create(new NewAccount("amira", "Amira Haddad", "AH", Role.CASEWORKER),
                "plum orchard lantern".toCharArray(), "jsmith");
        asAmira = new ClientService(session.transactions(), session.audit(), amira, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aNewClientGetsTheNextReferenceOfTheYearAndKeepsEverythingTyped() {
        ClientRecord first = clients.create(ClientFixtures.lucja());
        ClientRecord second = clients.create(ClientFixtures.named("Ben", "Okafor"));
        int year = LocalDate.now().getYear();
        assertThat(first.reference()).isEqualTo("C-" + year + "-0001");
        assertThat(second.reference()).isEqualTo("C-" + year + "-0002");
        assertThat(first.details()).isEqualTo(ClientFixtures.lucja());
        assertThat(first.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(first.riskLevel()).isEqualTo(RiskLevel.NOT_ASSESSED);
        assertThat(first.hasConfidentialAddress()).isTrue();
        assertThat(clients.open(first.id()).details()).isEqualTo(ClientFixtures.lucja());
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action, AuditRecord::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CLIENT_VIEWED", first.reference()));
    }

    @Test
    void badInputIsNamedFieldByField() {
        ClientDraft d = ClientFixtures.lucja();
        ClientDraft bad = new ClientDraft("", "", d.aliases(), LocalDate.now().plusDays(3), d.pronouns(), d.language(),
                d.interpreterNeeded(), d.vulnerabilities(), "x".repeat(2001),
                List.of(new ClientDraft.Child("", null, "")), List.of(new ClientDraft.Phone("call me maybe", "")),
                List.of(new ClientDraft.Address("1 Street", "Leeds", "NOT A CODE", AddressKind.HOME, false)),
                d.safeContact(), d.professionals(), null, true, List.of());
        assertThatThrownBy(() -> clients.create(bad))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "givenName", "dateOfBirth", "household", "children", "phones", "addresses", "restricted"));
        ClientDraft ancient = new ClientDraft("A", "B", List.of(), LocalDate.now().minusYears(130), "", "", false, "", "",
                List.of(), List.of(), List.of(), ClientDraft.SafeContact.NONE, List.of(), null, false, List.of());
        assertThatThrownBy(() -> clients.create(ancient))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .containsEntry("dateOfBirth", "client.problem.tooOld"));
        assertThat(clients.caseload(CaseloadFilter.ALL)).isEmpty();
    }

    @Test
    void aConflictingEditChangesNothingAndHandsBackTheirVersion() {
        ClientRecord mine = clients.create(ClientFixtures.lucja());
        ClientRecord theirs = asAmira.update(mine.id(), mine.version(), withHousehold(mine.details(), "Moved in with sister"));

        assertThatThrownBy(() -> clients.update(mine.id(), mine.version(), withHousehold(mine.details(), "Lives alone")))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.theirs().details().household()).isEqualTo("Moved in with sister");
                    assertThat(e.getMessage()).contains("Someone else changed this record");
                });
        assertThat(clients.open(mine.id()).details().household()).isEqualTo("Moved in with sister");
        // Saving again on top of theirs works.
        assertThat(clients.update(mine.id(), theirs.version(), withHousehold(mine.details(), "Lives alone"))
                .details().household()).isEqualTo("Lives alone");
    }

    @Test
    void closingAndReopeningAreDatedAndReasoned() {
        ClientRecord c = clients.create(ClientFixtures.lucja());
        assertThatThrownBy(() -> clients.changeStatus(c.id(), c.version(), CaseStatus.CLOSED, " "))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> clients.changeStatus(c.id(), c.version(), CaseStatus.REOPENED, "why"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("cannot move");
        ClientRecord closed = clients.changeStatus(c.id(), c.version(), CaseStatus.CLOSED, "Moved out of area");
        ClientRecord reopened = clients.changeStatus(c.id(), closed.version(), CaseStatus.REOPENED, "Stalking resumed");
        assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(reopened.statusHistory()).extracting(ClientRecord.StatusEntry::status, ClientRecord.StatusEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CaseStatus.REOPENED, "Stalking resumed"),
                        org.assertj.core.groups.Tuple.tuple(CaseStatus.CLOSED, "Moved out of area"),
                        org.assertj.core.groups.Tuple.tuple(CaseStatus.OPEN, "Record created"));
        assertThat(clients.caseload(new CaseloadFilter(Set.of(CaseStatus.CLOSED), Set.of(), null))).isEmpty();
        assertThat(clients.caseload(new CaseloadFilter(Set.of(CaseStatus.REOPENED), Set.of(), null))).hasSize(1);
    }

    @Test
    void aRestrictedClientIsInvisibleToAnyoneNotNamedAndTheAttemptIsAudited() {
        ClientRecord hidden = asAmira.create(ClientFixtures.restrictedTo(ClientFixtures.lucja(), amira.id()));
        clients.create(ClientFixtures.named("Ben", "Okafor"));

        assertThat(asAmira.caseload(CaseloadFilter.ALL)).hasSize(2);
        assertThat(clients.caseload(CaseloadFilter.ALL)).extracting(ClientSummary::name).containsExactly("Ben Okafor");
        assertThat(clients.visibleSummaries(List.of(hidden.id()))).isEmpty();
        assertThatThrownBy(() -> clients.open(hidden.id())).hasMessageContaining("restricted");
        assertThatThrownBy(() -> clients.history(hidden.id())).hasMessageContaining("restricted");
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("CLIENT_VIEW_REFUSED");
        assertThat(session.audit().verify().intact()).isTrue();

        // A duplicate warning about it names nobody.
        List<PossibleDuplicate> dupes = clients.possibleDuplicates(ClientFixtures.lucja(), null);
        assertThat(dupes).singleElement().satisfies(d -> {
            assertThat(d.hidden()).isTrue();
            assertThat(d.name()).isEmpty();
        });
    }

    @Test
    void findingByReferenceOpensOnlyWhatThePersonMaySeeAndAuditsIt() {
        ClientRecord hidden = asAmira.create(ClientFixtures.restrictedTo(ClientFixtures.lucja(), amira.id()));
        ClientRecord open = clients.create(ClientFixtures.named("Ben", "Okafor"));

        assertThat(clients.findByReference(" " + open.reference() + " ").id()).isEqualTo(open.id());
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("CLIENT_VIEWED");
        assertThat(asAmira.findByReference(hidden.reference()).id()).isEqualTo(hidden.id());

        assertThatThrownBy(() -> clients.findByReference(hidden.reference())).hasMessageContaining("restricted");
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("CLIENT_VIEW_REFUSED");
        assertThatThrownBy(() -> clients.findByReference("C-1999-0001")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("client.noSuchReference");
    }

    @Test
    void duplicatesAreFoundBySameNameAndBirthIgnoringAccentsOrByPhoneWrittenDifferently() {
        ClientRecord lucja = clients.create(ClientFixtures.lucja());
        ClientDraft sameNameAndBirth = new ClientDraft("LUCJA", "Wojcik", List.of(), LocalDate.of(1991, 4, 12), "", "",
                false, "", "", List.of(), List.of(), List.of(), ClientDraft.SafeContact.NONE, List.of(), null, false,
                List.of());
        assertThat(clients.possibleDuplicates(sameNameAndBirth, null)).extracting(PossibleDuplicate::reference,
                PossibleDuplicate::reasonKey).containsExactly(org.assertj.core.groups.Tuple.tuple(lucja.reference(),
                "client.duplicate.nameAndBirth"));
        ClientDraft samePhone = new ClientDraft("Someone", "Else", List.of(), null, "", "", false, "", "", List.of(),
                List.of(new ClientDraft.Phone("+07700-900-123", "")), List.of(), ClientDraft.SafeContact.NONE, List.of(),
                null, false, List.of());
        assertThat(clients.possibleDuplicates(samePhone, null)).extracting(PossibleDuplicate::reasonKey)
                .containsExactly("client.duplicate.phone");
        assertThat(clients.possibleDuplicates(samePhone, lucja.id())).as("editing the record itself").isEmpty();
    }

    @Test
    void historyShowsEachFieldChangeWithWhoAndWhen() {
        ClientRecord c = clients.create(ClientFixtures.lucja());
        ClientRecord edited = asAmira.update(c.id(), c.version(), withHousehold(c.details(), "Moved in with sister"));
        clients.changeStatus(c.id(), edited.version(), CaseStatus.ON_HOLD, "Client abroad for a month");

        List<FieldChange> history = clients.history(c.id());
        assertThat(history).filteredOn(f -> f.field().equals("household")).first().satisfies(f -> {
            assertThat(f.before()).isEqualTo("Lives with two children");
            assertThat(f.after()).isEqualTo("Moved in with sister");
            assertThat(f.by()).isEqualTo("amira");
        });
        assertThat(history.getFirst().field()).isEqualTo("status");
        assertThat(history.getFirst().after()).isEqualTo("ON_HOLD");
        assertThat(history.getFirst().by()).isEqualTo("jsmith");
    }

    private static ClientDraft withHousehold(ClientDraft d, String household) {
        return new ClientDraft(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(), d.pronouns(), d.language(),
                d.interpreterNeeded(), d.vulnerabilities(), household, d.children(), d.phones(), d.addresses(),
                d.safeContact(), d.professionals(), d.allocatedTo(), d.restricted(), d.namedUsers());
    }
}
