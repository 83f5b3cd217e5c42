package org.casefile.client;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casefile.client.ClientValues.AddressValue;
import org.casefile.client.ClientValues.ChildValue;
import org.casefile.client.ClientValues.PhoneValue;
import org.casefile.client.ClientValues.ProfessionalValue;
import org.casefile.risk.RiskLevel;
import org.casefile.search.SearchText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Audited
@Table(name = "client")
class Client {
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
    @CollectionTable(name = "client_alias", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 100)
    private List<String> aliases = new ArrayList<>();

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(length = 40)
    private String pronouns;

    @Column(length = 60)
    private String language;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Column(length = 2000)
    private String vulnerabilities;

    @Column(length = 2000)
    private String household;

    @ElementCollection
    @CollectionTable(name = "client_child", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<ChildValue> children = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "client_phone", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<PhoneValue> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "client_address", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<AddressValue> addresses = new ArrayList<>();

    @Column(name = "safe_number", length = 40)
    private String safeNumber;

    @Column(name = "safe_times", length = 200)
    private String safeTimes;

    @Enumerated(EnumType.STRING)
    @Column(name = "voicemail_safe", nullable = false, length = 10)
    private Safety voicemailSafe = Safety.NOT_ASKED;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_safe", nullable = false, length = 10)
    private Safety postSafe = Safety.NOT_ASKED;

    @Column(name = "code_word", length = 100)
    private String codeWord;

    @Column(name = "safe_contact_notes", length = 1000)
    private String safeContactNotes;

    @ElementCollection
    @CollectionTable(name = "client_professional", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<ProfessionalValue> professionals = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CaseStatus status = CaseStatus.OPEN;

    @Column(name = "allocated_to")
    private Long allocatedTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 16)
    private RiskLevel riskLevel = RiskLevel.NOT_ASSESSED;

    @Column(nullable = false)
    private boolean restricted;

    @ElementCollection
    @CollectionTable(name = "client_access", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> namedUsers = new HashSet<>();

    @NotAudited
    @Column(name = "search_key", nullable = false, length = 4000)
    private String searchKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Client() {
    }

    Client(String reference, Instant createdAt) {
        this.reference = reference;
        this.createdAt = createdAt;
    }

    void apply(ClientDraft d) {
        givenName = d.givenName().strip();
        familyName = d.familyName().strip();
        aliases = new ArrayList<>(d.aliases().stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
        dateOfBirth = d.dateOfBirth();
        pronouns = d.pronouns();
        language = d.language();
        interpreterNeeded = d.interpreterNeeded();
        vulnerabilities = d.vulnerabilities();
        household = d.household();
        children = new ArrayList<>(d.children().stream().map(ChildValue::new).toList());
        phones = new ArrayList<>(d.phones().stream().map(PhoneValue::new).toList());
        addresses = new ArrayList<>(d.addresses().stream().map(AddressValue::new).toList());
        ClientDraft.SafeContact s = d.safeContact();
        safeNumber = s.safeNumber();
        safeTimes = s.safeTimes();
        voicemailSafe = s.voicemail();
        postSafe = s.post();
        codeWord = s.codeWord();
        safeContactNotes = s.notes();
        professionals = new ArrayList<>(d.professionals().stream().map(ProfessionalValue::new).toList());
        allocatedTo = d.allocatedTo();
        restricted = d.restricted();
        namedUsers = new HashSet<>(d.namedUsers());
        searchKey = SearchText.key(
                Stream.concat(Stream.of(reference, givenName, familyName, givenName + " " + familyName), aliases.stream()).toList(),
                Stream.concat(phones.stream().map(p -> p.number), Stream.of(safeNumber)).toList());
    }

    ClientDraft toDraft() {
        return new ClientDraft(givenName, familyName, List.copyOf(aliases), dateOfBirth, ClientValues.nz(pronouns),
                ClientValues.nz(language), interpreterNeeded, ClientValues.nz(vulnerabilities), ClientValues.nz(household),
                children.stream().map(ChildValue::toRecord).toList(),
                phones.stream().map(PhoneValue::toRecord).toList(),
                addresses.stream().map(AddressValue::toRecord).toList(),
                new ClientDraft.SafeContact(ClientValues.nz(safeNumber), ClientValues.nz(safeTimes), voicemailSafe,
                        postSafe, ClientValues.nz(codeWord), ClientValues.nz(safeContactNotes)),
                professionals.stream().map(ProfessionalValue::toRecord).toList(),
                allocatedTo, restricted, namedUsers.stream().sorted().toList());
    }

    boolean visibleTo(long userId) {
        return !restricted || namedUsers.contains(userId) || (allocatedTo != null && allocatedTo == userId);
    }

    void setStatus(CaseStatus next) {
        status = next;
    }

    void setRiskLevel(RiskLevel level) {
        riskLevel = level;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    CaseStatus status() {
        return status;
    }

    RiskLevel riskLevel() {
        return riskLevel;
    }

    long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }
}
