package org.casefile.perpetrator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The perpetrator form's state, testable without a screen. Lists a caseworker types quickly (aliases, phones,
 * addresses, vehicles, online accounts) are one per line. The relationship and link notes are used only when a
 * new perpetrator is created from a client's record and linked to that client.
 */
public final class PerpetratorForm {
    /** Shown as 05/03/1990; typed as 5/3/1990 or 05/03/1990. Strict: 31/02 is refused, not turned into 28/02. */

    /** The fields with problems, in the order they appear on the screen. */
    static final List<String> FIELDS = List.of("givenName", "dateOfBirth", "aliases", "description", "relationship",
            "linkNotes", "phones", "onlineAccounts", "vehicles", "addresses", "policeMarkers");

    public final StringProperty givenName = new SimpleStringProperty("");
    public final StringProperty familyName = new SimpleStringProperty("");
    public final StringProperty aliases = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    public final StringProperty description = new SimpleStringProperty("");
    public final StringProperty phones = new SimpleStringProperty("");
    public final StringProperty addresses = new SimpleStringProperty("");
    public final StringProperty vehicles = new SimpleStringProperty("");
    public final StringProperty onlineAccounts = new SimpleStringProperty("");
    public final StringProperty policeMarkers = new SimpleStringProperty("");
    /** How the new perpetrator knows the client they are linked to; asked only when {@link #linking} is set. */
    public final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>();
    public final StringProperty linkNotes = new SimpleStringProperty("");
    /** The record is new and will be linked to a client on saving, so a relationship is needed. */
    public final BooleanProperty linking = new SimpleBooleanProperty();
    /** The date of birth field holds text that is not a date (kept so the person can correct it). */
    public final BooleanProperty dateUnreadable = new SimpleBooleanProperty();

    public static PerpetratorForm of(PerpetratorDraft d) {
        PerpetratorForm f = new PerpetratorForm();
        f.fill(d);
        return f;
    }

    /** Puts a saved draft into the form, replacing what is there. The link fields are left alone. */
    public void fill(PerpetratorDraft d) {
        givenName.set(d.givenName());
        familyName.set(d.familyName());
        aliases.set(lines(d.aliases()));
        dateOfBirth.set(d.dateOfBirth());
        dateUnreadable.set(false);
        description.set(d.description());
        phones.set(lines(d.phones()));
        addresses.set(lines(d.addresses()));
        vehicles.set(lines(d.vehicles()));
        onlineAccounts.set(lines(d.onlineAccounts()));
        policeMarkers.set(d.policeMarkers());
    }

    /** What the form says, with names trimmed and the one-per-line fields split, trimmed and without blank lines. */
    public PerpetratorDraft draft() {
        return new PerpetratorDraft(text(givenName), text(familyName), split(aliases), dateOfBirth.get(),
                text(description), split(phones), split(addresses), split(vehicles), split(onlineAccounts),
                text(policeMarkers));
    }

    /**
     * Each field's problem as a message key (field name → key), in the order of the form; empty when it can be
     * saved. The same checks as {@link PerpetratorService}, plus what only the screen can know (a date that could
     * not be read, a missing relationship) and the stored lengths, so nothing fails later in the store.
     */
    public Map<String, String> problems(LocalDate today) {
        PerpetratorDraft d = draft();
        Map<String, String> found = new LinkedHashMap<>(PerpetratorService.problems(d, today));
        if (dateUnreadable.get()) {
            found.putIfAbsent("dateOfBirth", "perpetrator.problem.dateUnreadable");
        }
        longerThan(found, "aliases", d.aliases(), 100);
        longerThan(found, "addresses", d.addresses(), 300);
        longerThan(found, "vehicles", d.vehicles(), 200);
        longerThan(found, "onlineAccounts", d.onlineAccounts(), 200);
        longerThan(found, "policeMarkers", List.of(d.policeMarkers()), 1000);
        if (linking.get()) {
            if (relationship.get() == null) {
                found.putIfAbsent("relationship", "perpetrator.problem.relationshipRequired");
            }
            longerThan(found, "linkNotes", List.of(text(linkNotes)), 1000);
        }
        // Show problems in the order the fields appear on the screen.
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (found.containsKey(field)) {
                ordered.put(field, found.remove(field));
            }
        }
        ordered.putAll(found);
        return ordered;
    }

    /** The link notes as they will be stored. */
    public String notes() {
        return text(linkNotes);
    }

    private static void longerThan(Map<String, String> found, String field, List<String> values, int max) {
        if (values.stream().anyMatch(v -> v.length() > max)) {
            found.putIfAbsent(field, "client.problem.tooLong");
        }
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    private static List<String> split(StringProperty p) {
        return p.get() == null ? List.of()
                : Arrays.stream(p.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
