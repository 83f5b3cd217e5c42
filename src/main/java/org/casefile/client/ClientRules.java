package org.casefile.client;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What makes a client record acceptable. The form and the service ask the same rules. */
public final class ClientRules {
    public static final int MAX_AGE = 120;
    private static final Pattern PHONE = Pattern.compile("[+()0-9 .-]{6,25}");
    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    private ClientRules() {
    }

    /** Field name → message key for each field that is not acceptable; empty when the draft can be saved. */
    public static Map<String, String> problems(ClientDraft d, LocalDate today) {
        Map<String, String> p = new LinkedHashMap<>();
        if (d.givenName().isBlank() && d.familyName().isBlank()) {
            p.put("givenName", "client.problem.nameRequired");
        }
        tooLong(p, "givenName", d.givenName(), 100);
        tooLong(p, "familyName", d.familyName(), 100);
        for (String alias : d.aliases()) {
            tooLong(p, "aliases", alias, 100);
        }
        if (d.dateOfBirth() != null) {
            if (d.dateOfBirth().isAfter(today)) {
                p.put("dateOfBirth", "client.problem.bornInFuture");
            } else if (Period.between(d.dateOfBirth(), today).getYears() > MAX_AGE) {
                p.put("dateOfBirth", "client.problem.tooOld");
            }
        }
        tooLong(p, "pronouns", d.pronouns(), 40);
        tooLong(p, "language", d.language(), 60);
        tooLong(p, "vulnerabilities", d.vulnerabilities(), 2000);
        tooLong(p, "household", d.household(), 2000);
        for (ClientDraft.Phone phone : d.phones()) {
            if (!PHONE.matcher(phone.number().strip()).matches()) {
                p.putIfAbsent("phones", "client.problem.phone");
            }
        }
        String safe = d.safeContact().safeNumber().strip();
        if (!safe.isEmpty() && !PHONE.matcher(safe).matches()) {
            p.put("safeNumber", "client.problem.phone");
        }
        tooLong(p, "safeTimes", d.safeContact().safeTimes(), 200);
        tooLong(p, "codeWord", d.safeContact().codeWord(), 100);
        tooLong(p, "safeNotes", d.safeContact().notes(), 1000);
        for (ClientDraft.Address a : d.addresses()) {
            if (a.line1().isBlank()) {
                p.putIfAbsent("addresses", "client.problem.addressLine");
            } else if (!a.postcode().isBlank() && !POSTCODE.matcher(a.postcode().strip()).matches()) {
                p.putIfAbsent("addresses", "client.problem.postcode");
            }
        }
        for (ClientDraft.Child c : d.children()) {
            if (c.name().isBlank()) {
                p.putIfAbsent("children", "client.problem.childName");
            } else if (c.dateOfBirth() != null && c.dateOfBirth().isAfter(today)) {
                p.putIfAbsent("children", "client.problem.bornInFuture");
            }
        }
        if (d.restricted() && d.namedUsers().isEmpty() && d.allocatedTo() == null) {
            p.put("restricted", "client.problem.restrictedNobody");
        }
        return p;
    }

    private static void tooLong(Map<String, String> p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.putIfAbsent(field, "client.problem.tooLong");
        }
    }
}
