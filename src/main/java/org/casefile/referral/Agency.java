package org.casefile.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agency in the directory. */
@Entity
@Table(name = "agency")
class Agency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgencyKind kind;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(length = 60)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "secure_email", length = 200)
    private String secureEmail;

    @Column(length = 400)
    private String address;

    @Column(length = 2000)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Agency() {
    }

    Agency(AgencyDraft d) {
        apply(d);
    }

    void apply(AgencyDraft d) {
        name = d.name();
        kind = d.kind();
        contactName = d.contactName();
        phone = d.phone();
        email = d.email();
        secureEmail = d.secureEmail();
        address = d.address();
        notes = d.notes();
        active = d.active();
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    AgencyRecord toRecord() {
        return new AgencyRecord(id, new AgencyDraft(name, kind, contactName, phone, email, secureEmail, address, notes,
                active), version);
    }
}
