package org.casefile.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casefile.security.User;
import org.casefile.store.Transactions;

/**
 * Type-ahead search over clients and perpetrators: names, aliases, references, phone numbers and online
 * accounts, each word of the query matching somewhere. Restricted clients the person is not named on never
 * appear.
 */
public final class SearchService {
    public static final int DEFAULT_LIMIT = 50;
    private final Transactions transactions;
    private final User me;

    public SearchService(Transactions transactions, User me) {
        this.transactions = transactions;
        this.me = me;
    }

    public List<SearchHit> search(String query, int limit) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        return transactions.read(em -> {
            List<SearchHit> hits = new ArrayList<>();
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < terms.size(); i++) {
                where.append(" and x.searchKey like :t").append(i);
            }
            var clients = em.createQuery("""
                    select x.id, x.reference, x.givenName, x.familyName, x.searchKey from Client x
                    where (x.restricted = false or x.allocatedTo = :me or :me member of x.namedUsers)""" + where
                    + " order by x.familyName, x.givenName", Object[].class)
                    .setParameter("me", me.id())
                    .setMaxResults(limit);
            var perpetrators = em.createQuery("select x.id, x.reference, x.givenName, x.familyName, x.searchKey "
                    + "from Perpetrator x where 1 = 1" + where + " order by x.familyName, x.givenName", Object[].class)
                    .setMaxResults(limit);
            for (int i = 0; i < terms.size(); i++) {
                clients.setParameter("t" + i, "%" + terms.get(i) + "%");
                perpetrators.setParameter("t" + i, "%" + terms.get(i) + "%");
            }
            clients.getResultStream().forEach(r -> hits.add(hit(SearchHit.Kind.CLIENT, r, terms)));
            perpetrators.getResultStream().forEach(r -> hits.add(hit(SearchHit.Kind.PERPETRATOR, r, terms)));
            return hits.size() > limit ? hits.subList(0, limit) : hits;
        });
    }

    /** Folded words of the query; a query that looks like a phone number becomes its digits. */
    static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String digits = SearchText.digits(query);
        if (digits.length() >= 4 && query.replaceAll("[\\d\\s+()-]", "").isEmpty()) {
            return List.of(digits);
        }
        return Arrays.stream(SearchText.fold(query).split(" "))
                .filter(t -> !t.isEmpty())
                .map(t -> t.replace("%", "").replace("_", "").replace("|", ""))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    private static SearchHit hit(SearchHit.Kind kind, Object[] r, List<String> terms) {
        String name = ((r[2] + " " + r[3]).strip());
        String key = (String) r[4];
        String matched = "";
        // Say what matched when the name alone does not explain the hit (an alias, a number, a handle).
        if (!terms.stream().allMatch(t -> SearchText.fold(name + " " + r[1]).contains(t))) {
            matched = Arrays.stream(key.split("\\|"))
                    .filter(part -> terms.stream().anyMatch(part::contains))
                    .findFirst().orElse("");
        }
        return new SearchHit(kind, (Long) r[0], (String) r[1], name.isEmpty() ? (String) r[1] : name,
                matched.toLowerCase(Locale.ROOT));
    }
}
