package org.casefile.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An agency's own checklist, loaded from its licensed file and kept in the store so every desktop sharing the
 * store asks the same questions. At most one is active; none active means Casefile's own default.
 */
@Entity
@Table(name = "risk_checklist")
class StoredChecklist {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "checklist_id", nullable = false, length = 100)
    private String checklistId;

    @Column(name = "checklist_version", nullable = false)
    private int checklistVersion;

    @Column(nullable = false, length = 300)
    private String name;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 60)
    private String loadedBy;

    @Column(nullable = false)
    private boolean active;

    /** Refuses a save based on an older copy (team mode: two desktops, one record). */
    @Version
    private long version;

    protected StoredChecklist() {
    }

    StoredChecklist(Checklist checklist, String definition, Instant loadedAt, String loadedBy) {
        this.checklistId = checklist.id();
        this.checklistVersion = checklist.version();
        this.name = checklist.name();
        this.definition = definition;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
        this.active = true;
    }

    String definition() {
        return definition;
    }

    void retire() {
        active = false;
    }
}
