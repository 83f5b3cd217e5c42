package org.casefile.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The parts of a client record kept in their own tables: mutable shapes Hibernate and Envers can fill. */
final class ClientValues {
    private ClientValues() {
    }

    @Embeddable
    static class PhoneValue {
        @Column(nullable = false, length = 40)
        String number;
        @Column(length = 40)
        String label;

        protected PhoneValue() {
        }

        PhoneValue(ClientDraft.Phone p) {
            number = p.number();
            label = p.label();
        }

        ClientDraft.Phone toRecord() {
            return new ClientDraft.Phone(number, nz(label));
        }
    }

    @Embeddable
    static class AddressValue {
        @Column(nullable = false, length = 200)
        String line1;
        @Column(length = 100)
        String town;
        @Column(length = 12)
        String postcode;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 12)
        AddressKind kind;
        @Column(nullable = false)
        boolean confidential;

        protected AddressValue() {
        }

        AddressValue(ClientDraft.Address a) {
            line1 = a.line1();
            town = a.town();
            postcode = a.postcode();
            kind = a.kind();
            confidential = a.confidential();
        }

        ClientDraft.Address toRecord() {
            return new ClientDraft.Address(line1, nz(town), nz(postcode), kind, confidential);
        }
    }

    @Embeddable
    static class ChildValue {
        @Column(nullable = false, length = 100)
        String name;
        @Column(name = "date_of_birth")
        LocalDate dateOfBirth;
        @Column(length = 500)
        String notes;

        protected ChildValue() {
        }

        ChildValue(ClientDraft.Child c) {
            name = c.name();
            dateOfBirth = c.dateOfBirth();
            notes = c.notes();
        }

        ClientDraft.Child toRecord() {
            return new ClientDraft.Child(name, dateOfBirth, nz(notes));
        }
    }

    @Embeddable
    static class ProfessionalValue {
        @Column(nullable = false, length = 60)
        String role;
        @Column(length = 100)
        String name;
        @Column(length = 100)
        String organisation;
        @Column(length = 40)
        String phone;

        protected ProfessionalValue() {
        }

        ProfessionalValue(ClientDraft.Professional p) {
            role = p.role();
            name = p.name();
            organisation = p.organisation();
            phone = p.phone();
        }

        ClientDraft.Professional toRecord() {
            return new ClientDraft.Professional(role, nz(name), nz(organisation), nz(phone));
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
