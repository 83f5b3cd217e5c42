package org.casefile.perpetrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casefile.InvalidInput;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.search.SearchHit;
import org.casefile.search.SearchService;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerpetratorServiceTest {
    @TempDir
    Path dir;
    Session session;
    ClientService clients;
    PerpetratorService perpetrators;
    SearchService search;
    User amira;

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        Clock clock = Clock.systemDefaultZone();
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients, session.user(), clock);
        search = new SearchService(session.transactions(), session.user());
        amira = session.users().create(new NewAccount("amira", "Amira Haddad", "AH", Role.CASEWORKER),
                "plum orchard lantern".toCharArray(), "jsmith");
    }

    @AfterEach
    void close() {
        session.close();
    }

    static PerpetratorDraft mark() {
        return new PerpetratorDraft("Mark", "Ellison", List.of("Marky", "@nightwatch_77"), LocalDate.of(1985, 9, 3),
                "Tall, shaved head, often in a grey hoodie", List.of("07700 900777"), List.of("3 Quarry Lane, Leeds"),
                List.of("Silver Ford Focus, AB12 CDE"), List.of("Instagram: @nightwatch_77"), "Violence marker (2019)");
    }

    @Test
    void onePerpetratorLinkedToTwoClientsIsShownFromBothSides() {
        ClientRecord lucja = clients.create(ClientFixtures.lucja());
        ClientRecord ben = clients.create(ClientFixtures.named("Ben", "Okafor"));
        PerpetratorRecord p = perpetrators.create(mark());
        assertThat(p.reference()).startsWith("P-" + LocalDate.now().getYear() + "-0001");

        perpetrators.link(lucja.id(), p.id(), Relationship.EX_INTIMATE_PARTNER, "Relationship ended 2024");
        perpetrators.link(ben.id(), p.id(), Relationship.ACQUAINTANCE, "");

        PerpetratorRecord opened = perpetrators.open(p.id());
        assertThat(opened.linkedToSeveral()).isTrue();
        assertThat(opened.clients()).extracting(PerpetratorRecord.LinkedClient::name)
                .containsExactly("Łucja Wójcik", "Ben Okafor");
        assertThat(perpetrators.forClient(lucja.id())).singleElement().satisfies(l -> {
            assertThat(l.relationship()).isEqualTo(Relationship.EX_INTIMATE_PARTNER);
            assertThat(l.otherClients()).isEqualTo(1);
        });

        // Linking again changes the relationship rather than adding a second link.
        perpetrators.link(ben.id(), p.id(), Relationship.NEIGHBOUR, "Lives two doors down");
        assertThat(perpetrators.forClient(ben.id())).extracting(LinkedPerpetrator::relationship)
                .containsExactly(Relationship.NEIGHBOUR);

        // A link made in error can be removed; the other client's link stays.
        perpetrators.unlink(ben.id(), p.id());
        assertThat(perpetrators.forClient(ben.id())).isEmpty();
        assertThat(perpetrators.open(p.id()).clients()).extracting(PerpetratorRecord.LinkedClient::name)
                .containsExactly("Łucja Wójcik");
        assertThat(session.audit().recent(2)).extracting(org.casefile.security.AuditRecord::action)
                .containsExactly("PERPETRATOR_VIEWED", "PERPETRATOR_UNLINKED");
    }

    @Test
    void aLinkToARestrictedClientIsCountedButNotNamed() {
        ClientService asAmira = new ClientService(session.transactions(), session.audit(), amira, Clock.systemDefaultZone());
        PerpetratorService perpetratorsAsAmira = new PerpetratorService(session.transactions(), session.audit(), asAmira,
                amira, Clock.systemDefaultZone());
        ClientRecord hidden = asAmira.create(ClientFixtures.restrictedTo(ClientFixtures.lucja(), amira.id()));
        ClientRecord ben = clients.create(ClientFixtures.named("Ben", "Okafor"));
        PerpetratorRecord p = perpetrators.create(mark());
        perpetratorsAsAmira.link(hidden.id(), p.id(), Relationship.EX_INTIMATE_PARTNER, "");
        perpetrators.link(ben.id(), p.id(), Relationship.STRANGER, "");

        PerpetratorRecord seenByAdmin = perpetrators.open(p.id());
        assertThat(seenByAdmin.clients()).extracting(PerpetratorRecord.LinkedClient::name).containsExactly("Ben Okafor");
        assertThat(seenByAdmin.hiddenClients()).isEqualTo(1);
        assertThat(seenByAdmin.linkedToSeveral()).isTrue();
        assertThatThrownBy(() -> perpetrators.link(hidden.id(), p.id(), Relationship.FRIEND, ""))
                .hasMessageContaining("restricted");
    }

    @Test
    void searchFindsClientsAndPerpetratorsByPartialAliasPhoneAndReference() {
        ClientRecord lucja = clients.create(ClientFixtures.lucja());
        clients.create(ClientFixtures.named("Ben", "Okafor"));
        perpetrators.create(mark());

        assertThat(search.search("lucy wo", 20)).extracting(SearchHit::reference).containsExactly(lucja.reference());
        assertThat(search.search("lucja", 20)).extracting(SearchHit::name).containsExactly("Łucja Wójcik");
        assertThat(search.search("WOJC", 20)).hasSize(1);
        assertThat(search.search("07700 900 123", 20)).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.CLIENT);
        assertThat(search.search("900777", 20)).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.PERPETRATOR);
        assertThat(search.search("nightwatch", 20)).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Mark Ellison");
            assertThat(h.matched()).contains("nightwatch");
        });
        assertThat(search.search(lucja.reference().toLowerCase(), 20)).hasSize(1);
        assertThat(search.search("  ", 20)).isEmpty();
        assertThat(search.search("%", 20)).isEmpty();

        SearchService asAmira = new SearchService(session.transactions(), amira);
        clients.update(lucja.id(), lucja.version(), ClientFixtures.restrictedTo(ClientFixtures.lucja(), session.user().id()));
        assertThat(asAmira.search("lucja", 20)).as("restricted, amira not named").isEmpty();
        assertThat(search.search("lucja", 20)).hasSize(1);
    }

    @Test
    void aPerpetratorNeedsAtLeastANameAnAliasOrADescription() {
        assertThatThrownBy(() -> perpetrators.create(PerpetratorDraft.empty()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("givenName"));
        PerpetratorDraft unknown = new PerpetratorDraft("", "", List.of(), null, "Man in a red car outside work",
                List.of(), List.of(), List.of(), List.of(), "");
        assertThat(perpetrators.create(unknown).displayName()).startsWith("P-");
        assertThat(perpetrators.possibleDuplicates(mark(), null)).isEmpty();
        perpetrators.create(mark());
        assertThat(perpetrators.possibleDuplicates(mark(), null)).extracting(d -> d.reasonKey())
                .containsExactly("client.duplicate.nameAndBirth");
    }
}
