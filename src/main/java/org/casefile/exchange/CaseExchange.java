package org.casefile.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.Place;
import org.casefile.perpetrator.Relationship;
import org.casefile.typology.ContextFlag;
import org.casefile.typology.MentalHealthIndicator;
import org.casefile.typology.WarningResponse;

/**
 * One case in the documented exchange format (docs/exchange-format.md): the client's reference, the
 * perpetrators by reference with how they know the client, and the incident log. It carries no names, addresses,
 * phone numbers or impact statements: only what pattern and typology work needs.
 *
 * @param exportedAt when the file was written, or null when not said
 */
public record CaseExchange(int version, Instant exportedAt, Client client, List<Perpetrator> perpetrators,
                           List<Incident> incidents) {
    /** The format name every file carries, so a stray JSON file is not mistaken for a case. */
    public static final String FORMAT = "casefile-case";
    /** The version this Casefile writes and reads. */
    public static final int VERSION = 1;

    public CaseExchange {
        perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
    }

    /** The client, by reference only. */
    public record Client(String reference) {
        public Client {
            reference = reference == null ? "" : reference.strip();
        }
    }

    /** A perpetrator by reference, how they know the client, and what the caseworker knows of how it began. */
    public record Perpetrator(String reference, Relationship relationship, Context context) {
        public Perpetrator {
            reference = reference == null ? "" : reference.strip();
            relationship = relationship == null ? Relationship.UNKNOWN : relationship;
            context = context == null ? Context.NONE : context;
        }
    }

    /**
     * The context a caseworker ticks for one perpetrator.
     *
     * @param notes how it began, in a caseworker's words; read by the typology word cues
     */
    public record Context(Set<ContextFlag> flags, int priorVictims, WarningResponse warnings,
                          Set<MentalHealthIndicator> mentalHealth, String notes) {
        public static final Context NONE = new Context(Set.of(), 0, WarningResponse.UNKNOWN, Set.of(), "");

        public Context {
            flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
            warnings = warnings == null ? WarningResponse.UNKNOWN : warnings;
            mentalHealth = mentalHealth == null || mentalHealth.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mentalHealth));
            notes = notes == null ? "" : notes.strip();
        }
    }

    /**
     * One incident.
     *
     * @param perpetrators references of the perpetrators involved; empty when not known
     * @param verbatim     exactly what the perpetrator said or wrote
     * @param description  what happened
     */
    public record Incident(int number, LocalDate occurredOn, LocalTime occurredAt, boolean approximate,
                           Set<Behaviour> behaviours, Channel channel, Place place, List<String> perpetrators,
                           String verbatim, String description) {
        public Incident {
            behaviours = behaviours == null || behaviours.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(behaviours));
            channel = channel == null ? Channel.UNKNOWN : channel;
            place = place == null ? Place.UNKNOWN : place;
            perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
            verbatim = verbatim == null ? "" : verbatim;
            description = description == null ? "" : description;
        }

        /** The behaviours in vocabulary order. */
        public List<Behaviour> behavioursInOrder() {
            return behaviours.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(behaviours));
        }
    }
}
