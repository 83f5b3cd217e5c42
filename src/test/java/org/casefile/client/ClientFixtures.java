package org.casefile.client;

import java.time.LocalDate;
import java.util.List;

/** Synthetic client drafts for tests. Phone numbers are from Ofcom's range kept for drama. */
public final class ClientFixtures {
    private ClientFixtures() {
    }

    public static ClientDraft lucja() {
        return new ClientDraft("Łucja", "Wójcik", List.of("Lucy Woods"), LocalDate.of(1991, 4, 12), "she/her", "Polish",
                true, "", "Lives with two children", List.of(new ClientDraft.Child("Maja", LocalDate.of(2016, 2, 1), "")),
                List.of(new ClientDraft.Phone("07700 900123", "mobile")),
                List.of(new ClientDraft.Address("14 Larkspur Close", "Leeds", "LS6 2QT", AddressKind.HOME, true)),
                new ClientDraft.SafeContact("07700 900456", "Weekdays 10:00-12:00", Safety.NOT_SAFE, Safety.SAFE,
                        "bluebell", "Text first, never call after 18:00"),
                List.of(new ClientDraft.Professional("GP", "Dr A Khan", "Hyde Park Surgery", "0113 496 0123")),
                null, false, List.of());
    }

    public static ClientDraft named(String given, String family) {
        ClientDraft base = ClientDraft.empty();
        return new ClientDraft(given, family, List.of(), null, "", "English", false, "", "", List.of(), List.of(),
                List.of(), base.safeContact(), List.of(), null, false, List.of());
    }

    /** The same client, allocated to one caseworker (whose dashboard and reminders then list it). */
    public static ClientDraft allocatedTo(ClientDraft d, long userId) {
        return new ClientDraft(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(), d.pronouns(), d.language(),
                d.interpreterNeeded(), d.vulnerabilities(), d.household(), d.children(), d.phones(), d.addresses(),
                d.safeContact(), d.professionals(), userId, false, List.of());
    }

    public static ClientDraft restrictedTo(ClientDraft d, long userId) {
        return new ClientDraft(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(), d.pronouns(), d.language(),
                d.interpreterNeeded(), d.vulnerabilities(), d.household(), d.children(), d.phones(), d.addresses(),
                d.safeContact(), d.professionals(), userId, true, List.of(userId));
    }
}
