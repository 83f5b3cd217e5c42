package org.casefile.perpetrator;

import java.time.LocalDate;
import java.util.List;

/** What a caseworker records about a perpetrator. Names may be unknown; a description then matters most. */
public record PerpetratorDraft(String givenName, String familyName, List<String> aliases, LocalDate dateOfBirth,
                               String description, List<String> phones, List<String> addresses,
                               List<String> vehicles, List<String> onlineAccounts, String policeMarkers) {
    public PerpetratorDraft {
        aliases = List.copyOf(aliases);
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
        vehicles = List.copyOf(vehicles);
        onlineAccounts = List.copyOf(onlineAccounts);
    }

    public static PerpetratorDraft empty() {
        return new PerpetratorDraft("", "", List.of(), null, "", List.of(), List.of(), List.of(), List.of(), "");
    }

    public String fullName() {
        return (givenName + " " + familyName).strip();
    }
}
