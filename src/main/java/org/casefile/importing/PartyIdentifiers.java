package org.casefile.importing;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a perpetrator appears in a file: their names and aliases, phone numbers and email addresses, from their
 * record. A message is theirs when its sender's number, address or name matches one of these.
 */
public record PartyIdentifiers(long perpetratorId, String label, Set<String> names, Set<String> phones,
                               Set<String> emails) {
    public PartyIdentifiers {
        names = Set.copyOf(names);
        phones = Set.copyOf(phones);
        emails = Set.copyOf(emails);
    }

    /** From a perpetrator's details: names and aliases, phones, and the online accounts that are email addresses. */
    public static PartyIdentifiers of(long perpetratorId, String label, Collection<String> names,
                                      Collection<String> phones, Collection<String> accounts) {
        Set<String> n = new HashSet<>();
        names.stream().map(PartyIdentifiers::foldName).filter(s -> s.length() >= 2).forEach(n::add);
        Set<String> p = new HashSet<>();
        phones.stream().map(PartyIdentifiers::phoneKey).filter(s -> s.length() >= 6).forEach(p::add);
        Set<String> e = new HashSet<>();
        accounts.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> a.contains("@")).forEach(e::add);
        // A number written as a WhatsApp sender's name is matched as a number too.
        names.stream().map(PartyIdentifiers::phoneKey).filter(s -> s.length() >= 9).forEach(p::add);
        return new PartyIdentifiers(perpetratorId, label, n, p, e);
    }

    public boolean matches(ImportedMessage m) {
        if (!m.address().isEmpty()) {
            String address = m.address().strip().toLowerCase(Locale.ROOT);
            if (address.contains("@") ? emails.contains(address) : phones.contains(phoneKey(address))) {
                return true;
            }
        }
        if (m.sender().isEmpty()) {
            return false;
        }
        String key = phoneKey(m.sender());
        if (key.length() >= 9 && phones.contains(key)) {
            return true;
        }
        return names.contains(foldName(m.sender()));
    }

    /** The last ten digits of a number, so +44 7700 900123 and 07700 900123 are the same phone. */
    static String phoneKey(String s) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (Character.isLetter(c)) {
                return "";
            }
        }
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits.toString();
    }

    static String foldName(String s) {
        return Fold.of(s);
    }
}
