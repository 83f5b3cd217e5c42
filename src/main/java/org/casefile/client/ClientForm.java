package org.casefile.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casefile.ui.TypedDate;

/**
 * The client form's state, testable without a screen. Lists a caseworker types quickly (aliases, phones,
 * children, professionals) are one per line; addresses, which carry a confidential flag, are rows.
 */
public final class ClientForm {

    /** One editable address row. */
    public static final class AddressRow {
        public final StringProperty line1 = new SimpleStringProperty("");
        public final StringProperty town = new SimpleStringProperty("");
        public final StringProperty postcode = new SimpleStringProperty("");
        public final ObjectProperty<AddressKind> kind = new SimpleObjectProperty<>(AddressKind.HOME);
        public final BooleanProperty confidential = new SimpleBooleanProperty(false);

        boolean blank() {
            return line1.get().isBlank() && town.get().isBlank() && postcode.get().isBlank();
        }
    }

    public final StringProperty givenName = new SimpleStringProperty("");
    public final StringProperty familyName = new SimpleStringProperty("");
    public final StringProperty aliases = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    public final StringProperty pronouns = new SimpleStringProperty("");
    public final StringProperty language = new SimpleStringProperty("English");
    public final BooleanProperty interpreterNeeded = new SimpleBooleanProperty();
    public final StringProperty vulnerabilities = new SimpleStringProperty("");
    public final StringProperty household = new SimpleStringProperty("");
    public final StringProperty children = new SimpleStringProperty("");
    public final StringProperty phones = new SimpleStringProperty("");
    public final ObservableList<AddressRow> addresses = FXCollections.observableArrayList();
    public final StringProperty safeNumber = new SimpleStringProperty("");
    public final StringProperty safeTimes = new SimpleStringProperty("");
    public final ObjectProperty<Safety> voicemail = new SimpleObjectProperty<>(Safety.NOT_ASKED);
    public final ObjectProperty<Safety> post = new SimpleObjectProperty<>(Safety.NOT_ASKED);
    public final StringProperty codeWord = new SimpleStringProperty("");
    public final StringProperty safeNotes = new SimpleStringProperty("");
    public final StringProperty professionals = new SimpleStringProperty("");
    public final ObjectProperty<Long> allocatedTo = new SimpleObjectProperty<>();
    public final BooleanProperty restricted = new SimpleBooleanProperty();
    public final ObservableList<Long> namedUsers = FXCollections.observableArrayList();
    /** The date of birth field holds text that is not a date. */
    public final BooleanProperty dateUnreadable = new SimpleBooleanProperty();

    public static ClientForm of(ClientDraft d) {
        ClientForm f = new ClientForm();
        f.givenName.set(d.givenName());
        f.familyName.set(d.familyName());
        f.aliases.set(String.join("\n", d.aliases()));
        f.dateOfBirth.set(d.dateOfBirth());
        f.pronouns.set(d.pronouns());
        f.language.set(d.language());
        f.interpreterNeeded.set(d.interpreterNeeded());
        f.vulnerabilities.set(d.vulnerabilities());
        f.household.set(d.household());
        f.children.set(String.join("\n", d.children().stream().map(c -> String.join(", ", List.of(c.name(),
                c.dateOfBirth() == null ? "" : TypedDate.shown().format(c.dateOfBirth()), c.notes())).strip()
                .replaceAll("(, )+$", "")).toList()));
        f.phones.set(String.join("\n", d.phones().stream()
                .map(p -> p.number() + (p.label().isBlank() ? "" : " (" + p.label() + ")")).toList()));
        for (ClientDraft.Address a : d.addresses()) {
            AddressRow row = new AddressRow();
            row.line1.set(a.line1());
            row.town.set(a.town());
            row.postcode.set(a.postcode());
            row.kind.set(a.kind());
            row.confidential.set(a.confidential());
            f.addresses.add(row);
        }
        ClientDraft.SafeContact s = d.safeContact();
        f.safeNumber.set(s.safeNumber());
        f.safeTimes.set(s.safeTimes());
        f.voicemail.set(s.voicemail());
        f.post.set(s.post());
        f.codeWord.set(s.codeWord());
        f.safeNotes.set(s.notes());
        f.professionals.set(String.join("\n", d.professionals().stream().map(p -> p.role() + ": "
                + String.join(", ", List.of(p.name(), p.organisation(), p.phone()))).toList()));
        f.allocatedTo.set(d.allocatedTo());
        f.restricted.set(d.restricted());
        f.namedUsers.setAll(d.namedUsers());
        return f;
    }

    /** The form as a draft. Lines that cannot be read are left out here and reported by {@link #problems}. */
    public ClientDraft draft() {
        return new ClientDraft(givenName.get().strip(), familyName.get().strip(), lines(aliases.get()),
                dateOfBirth.get(), pronouns.get() == null ? "" : pronouns.get().strip(), language.get().strip(),
                interpreterNeeded.get(), vulnerabilities.get().strip(), household.get().strip(),
                lines(children.get()).stream().map(ClientForm::child).filter(c -> c != null).toList(),
                lines(phones.get()).stream().map(ClientForm::phone).toList(),
                addresses.stream().filter(r -> !r.blank()).map(r -> new ClientDraft.Address(r.line1.get().strip(),
                        r.town.get().strip(), r.postcode.get().strip().toUpperCase(java.util.Locale.ROOT), r.kind.get(),
                        r.confidential.get())).toList(),
                new ClientDraft.SafeContact(safeNumber.get().strip(), safeTimes.get().strip(), voicemail.get(), post.get(),
                        codeWord.get().strip(), safeNotes.get().strip()),
                lines(professionals.get()).stream().map(ClientForm::professional).toList(),
                allocatedTo.get(), restricted.get(), List.copyOf(namedUsers));
    }

    /** Field → message key: what the service would refuse, plus lines the form could not read. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (dateUnreadable.get()) {
            problems.put("dateOfBirth", "client.problem.dateUnreadable");
        }
        for (String line : lines(children.get())) {
            if (child(line) == null) {
                problems.put("children", "client.problem.childLine");
            }
        }
        ClientRules.problems(draft(), today).forEach(problems::putIfAbsent);
        return problems;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    /** "Maja, 01/02/2016, at St Anne's" — name, then an optional date, then optional notes. */
    static ClientDraft.Child child(String line) {
        List<String> parts = new ArrayList<>(Arrays.stream(line.split(",", 3)).map(String::strip).toList());
        LocalDate born = null;
        if (parts.size() > 1 && !parts.get(1).isEmpty()) {
            try {
                born = TypedDate.parse(parts.get(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return new ClientDraft.Child(parts.get(0), born, parts.size() > 2 ? parts.get(2) : "");
    }

    /** "07700 900123 (mobile)" — a number and an optional label in brackets. */
    static ClientDraft.Phone phone(String line) {
        int open = line.indexOf('(', Math.max(0, line.indexOf(' ') > 0 ? 1 : 0));
        int close = line.lastIndexOf(')');
        if (open > 0 && close > open && close == line.length() - 1 && !line.substring(open + 1, close).matches("[0-9 ]*")) {
            return new ClientDraft.Phone(line.substring(0, open).strip(), line.substring(open + 1, close).strip());
        }
        return new ClientDraft.Phone(line, "");
    }

    /** "GP: Dr A Khan, Hyde Park Surgery, 0113 496 0123" — the role, then name, organisation and phone. */
    static ClientDraft.Professional professional(String line) {
        int colon = line.indexOf(':');
        String role = colon > 0 ? line.substring(0, colon).strip() : "";
        String[] rest = (colon > 0 ? line.substring(colon + 1) : line).split(",", 3);
        String name = rest.length > 0 ? rest[0].strip() : "";
        String organisation = rest.length > 1 ? rest[1].strip() : "";
        String phone = rest.length > 2 ? rest[2].strip() : "";
        return new ClientDraft.Professional(role.isEmpty() ? "Other" : role, name, organisation, phone);
    }
}
