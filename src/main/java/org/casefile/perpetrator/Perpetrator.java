package org.casefile.perpetrator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.search.SearchText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Audited
@Table(name = "perpetrator")
class Perpetrator {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @ElementCollection
    @CollectionTable(name = "perpetrator_alias", joinColumns = @JoinColumn(name = "perpetrator_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 100)
    private List<String> aliases = new ArrayList<>();

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(length = 2000)
    private String description;

    @ElementCollection
    @CollectionTable(name = "perpetrator_phone", joinColumns = @JoinColumn(name = "perpetrator_id"))
    @OrderColumn(name = "position")
    @Column(name = "number", nullable = false, length = 40)
    private List<String> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "perpetrator_address", joinColumns = @JoinColumn(name = "perpetrator_id"))
    @OrderColumn(name = "position")
    @Column(name = "address", nullable = false, length = 300)
    private List<String> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "perpetrator_vehicle", joinColumns = @JoinColumn(name = "perpetrator_id"))
    @OrderColumn(name = "position")
    @Column(name = "vehicle", nullable = false, length = 200)
    private List<String> vehicles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "perpetrator_account", joinColumns = @JoinColumn(name = "perpetrator_id"))
    @OrderColumn(name = "position")
    @Column(name = "account", nullable = false, length = 200)
    private List<String> onlineAccounts = new ArrayList<>();

    @Column(name = "police_markers", length = 1000)
    private String policeMarkers;

    @NotAudited
    @Column(name = "search_key", nullable = false, length = 4000)
    private String searchKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Perpetrator() {
    }

    Perpetrator(String reference, Instant createdAt) {
        this.reference = reference;
        this.createdAt = createdAt;
    }

    void apply(PerpetratorDraft d) {
        givenName = d.givenName().strip();
        familyName = d.familyName().strip();
        aliases = clean(d.aliases());
        dateOfBirth = d.dateOfBirth();
        description = d.description();
        phones = clean(d.phones());
        addresses = clean(d.addresses());
        vehicles = clean(d.vehicles());
        onlineAccounts = clean(d.onlineAccounts());
        policeMarkers = d.policeMarkers();
        searchKey = SearchText.key(Stream.concat(
                        Stream.of(reference, givenName, familyName, givenName + " " + familyName),
                        Stream.concat(aliases.stream(), onlineAccounts.stream())).toList(),
                phones);
    }

    PerpetratorDraft toDraft() {
        return new PerpetratorDraft(givenName, familyName, List.copyOf(aliases), dateOfBirth, nz(description),
                List.copyOf(phones), List.copyOf(addresses), List.copyOf(vehicles), List.copyOf(onlineAccounts),
                nz(policeMarkers));
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    long version() {
        return version;
    }

    private static ArrayList<String> clean(List<String> values) {
        return new ArrayList<>(values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
