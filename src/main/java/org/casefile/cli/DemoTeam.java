package org.casefile.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;

/** The synthetic staff of a demo store: a supervisor and caseworkers with made-up names. */
record DemoTeam(List<String> usernames) {
    private static final String[] GIVEN = {"Amira", "Ben", "Catrin", "Dev", "Ewa", "Femi", "Grace", "Hamza", "Ines", "Jonah"};
    private static final String[] FAMILY = {"Adeyemi", "Brennan", "Castellano", "Dlamini", "Evans", "Fischer", "Gallagher",
        "Hughes", "Iqbal", "Jankowski"};

    /** Clients over the years per caseworker in a large store; about one in five of them is a current case. */
    static final int CLIENTS_PER_CASEWORKER = 250;

    /**
     * A supervisor and enough caseworkers for {@code clients}: three for a small store, and for a large one a
     * team in which each caseworker has held about {@link #CLIENTS_PER_CASEWORKER} clients over the years.
     */
    static DemoTeam create(Session session, char[] password, long seed, int clients) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        int caseworkers = Math.max(3, (clients + CLIENTS_PER_CASEWORKER - 1) / CLIENTS_PER_CASEWORKER);
        List<Role> roles = new ArrayList<>(List.of(Role.SUPERVISOR));
        roles.addAll(java.util.Collections.nCopies(caseworkers, Role.CASEWORKER));
        for (Role role : roles) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String username = (given.charAt(0) + family).toLowerCase(java.util.Locale.ROOT);
            while (names.contains(username)) {
                username = username + names.size();
            }
            session.users().create(new NewAccount(username, given + " " + family,
                    "" + given.charAt(0) + family.charAt(0), role), password.clone(), session.user().username());
            names.add(username);
        }
        return new DemoTeam(List.copyOf(names));
    }

    int size() {
        return usernames.size();
    }
}
