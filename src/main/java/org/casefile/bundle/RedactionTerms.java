package org.casefile.bundle;

import java.util.ArrayList;
import java.util.List;
import org.casefile.client.AddressKind;
import org.casefile.client.ClientDraft;

/** The words a profile's rules pick out of a client's record, plus the free strings typed for one bundle. */
public final class RedactionTerms {
    private RedactionTerms() {
    }

    public static Redactor from(ClientDraft client, RedactionProfile profile, List<String> freeStrings) {
        List<String> terms = new ArrayList<>();
        for (RedactionRule rule : profile.rules()) {
            switch (rule) {
                case SAFE_ADDRESSES -> client.addresses().stream()
                        .filter(a -> a.confidential() || a.kind() == AddressKind.REFUGE)
                        .forEach(a -> addAddress(terms, a));
                case PHONE_NUMBERS -> {
                    client.phones().forEach(p -> terms.add(p.number()));
                    terms.add(client.safeContact().safeNumber());
                }
                case CHILDREN -> client.children().forEach(c -> {
                    terms.add(c.name());
                    terms.add(c.notes());
                });
                case WORKPLACE -> {
                    client.addresses().stream().filter(a -> a.kind() == AddressKind.WORK)
                            .forEach(a -> addAddress(terms, a));
                }
                case CONFIDENTIAL_FIELDS -> {
                    ClientDraft.SafeContact s = client.safeContact();
                    terms.add(s.safeNumber());
                    terms.add(s.codeWord());
                    terms.add(s.notes());
                    client.addresses().stream().filter(ClientDraft.Address::confidential)
                            .forEach(a -> addAddress(terms, a));
                }
            }
        }
        if (freeStrings != null) {
            terms.addAll(freeStrings);
        }
        return Redactor.of(terms);
    }

    private static void addAddress(List<String> terms, ClientDraft.Address a) {
        terms.add(a.line1());
        terms.add(a.postcode());
    }
}
