package org.casefile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: when, and who. Every audited change in a transaction shares one. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(Revision.Listener.class)
class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(nullable = false, length = 64)
    private String actor;

    public static final class Listener implements RevisionListener {
        @Override
        public void newRevision(Object revision) {
            ((Revision) revision).actor = RevisionActor.current();
        }
    }
}
