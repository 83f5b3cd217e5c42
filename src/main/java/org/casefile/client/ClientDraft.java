package org.casefile.client;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a caseworker types about a client, as the edit form holds it. Status, reference and risk are not
 * here: they change through their own steps.
 */
public record ClientDraft(
        String givenName,
        String familyName,
        List<String> aliases,
        LocalDate dateOfBirth,
        String pronouns,
        String language,
        boolean interpreterNeeded,
        String vulnerabilities,
        String household,
        List<Child> children,
        List<Phone> phones,
        List<Address> addresses,
        SafeContact safeContact,
        List<Professional> professionals,
        Long allocatedTo,
        boolean restricted,
        List<Long> namedUsers) {

    public ClientDraft {
        aliases = List.copyOf(aliases);
        children = List.copyOf(children);
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
        professionals = List.copyOf(professionals);
        namedUsers = List.copyOf(namedUsers);
    }

    public static ClientDraft empty() {
        return new ClientDraft("", "", List.of(), null, "", "English", false, "", "", List.of(), List.of(), List.of(),
                SafeContact.NONE, List.of(), null, false, List.of());
    }

    public String fullName() {
        return (givenName + " " + familyName).strip();
    }

    public record Phone(String number, String label) {
    }

    /** A confidential address is never printed into anything that could reach the perpetrator. */
    public record Address(String line1, String town, String postcode, AddressKind kind, boolean confidential) {
    }

    public record Child(String name, LocalDate dateOfBirth, String notes) {
    }

    public record Professional(String role, String name, String organisation, String phone) {
    }

    /** How to reach the client without putting them at risk. */
    public record SafeContact(String safeNumber, String safeTimes, Safety voicemail, Safety post, String codeWord,
                              String notes) {
        public static final SafeContact NONE = new SafeContact("", "", Safety.NOT_ASKED, Safety.NOT_ASKED, "", "");
    }
}
