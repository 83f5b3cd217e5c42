package org.casefile.risk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casefile.UserFacingException;

/**
 * A risk checklist as data: factors grouped into areas and the bands that turn a count of "yes" answers into a
 * suggested level. Casefile ships its own neutrally worded default; an agency can load its licensed checklist
 * from a file of the same shape, so no third-party question wording is ever shipped.
 */
public record Checklist(String id, int version, String name, String note, List<Area> areas, List<Band> bands) {

    public record Area(String id, String title, List<Factor> factors) {
        public Area {
            factors = List.copyOf(factors);
        }
    }

    public record Factor(String id, String text) {
    }

    /** From {@code fromYes} "yes" answers on, the count suggests {@code level}. */
    public record Band(RiskLevel level, int fromYes) {
    }

    public Checklist {
        areas = List.copyOf(areas);
        bands = bands.stream().sorted(Comparator.comparingInt(Band::fromYes)).toList();
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Casefile's own screen, from the application's resources. */
    public static Checklist casefileDefault() {
        try (InputStream in = Checklist.class.getResourceAsStream("checklist-casefile-1.json")) {
            return checked(JSON.readValue(in, Checklist.class));
        } catch (IOException e) {
            throw new IllegalStateException("the built-in checklist cannot be read", e);
        }
    }

    /** A checklist kept in the store (it was checked when it was loaded, and is checked again). */
    static Checklist parse(String definition) {
        try {
            return checked(JSON.readValue(definition, Checklist.class));
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("risk.checklist.storedUnreadable");
        }
    }

    /** An agency's own checklist file. A file that is not a usable checklist is refused with one sentence. */
    public static Checklist load(Path file) {
        Checklist c;
        try {
            c = JSON.readValue(Files.readAllBytes(file), Checklist.class);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("risk.checklist.unreadable", file.getFileName().toString());
        }
        try {
            return checked(c);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("risk.checklist.invalid", file.getFileName().toString(), e.getMessage());
        }
    }

    public List<Factor> factors() {
        List<Factor> all = new ArrayList<>();
        areas.forEach(a -> all.addAll(a.factors()));
        return all;
    }

    /** The level the count of "yes" answers suggests. */
    public RiskLevel suggested(int yes) {
        RiskLevel level = RiskLevel.STANDARD;
        for (Band b : bands) {
            if (yes >= b.fromYes()) {
                level = b.level();
            }
        }
        return level;
    }

    private static Checklist checked(Checklist c) {
        if (c == null || c.id() == null || c.id().isBlank() || c.areas().isEmpty()) {
            throw new IllegalArgumentException("it has no id or no areas");
        }
        Set<String> seen = new HashSet<>();
        for (Factor f : c.factors()) {
            if (f.id() == null || f.id().isBlank() || f.text() == null || f.text().isBlank()) {
                throw new IllegalArgumentException("a factor has no id or no text");
            }
            if (!seen.add(f.id())) {
                throw new IllegalArgumentException("factor " + f.id() + " appears twice");
            }
        }
        if (c.bands().isEmpty() || c.bands().getFirst().fromYes() != 0
                || c.bands().stream().anyMatch(b -> b.level() == null || b.level() == RiskLevel.NOT_ASSESSED)) {
            throw new IllegalArgumentException("its bands must start at 0 and name standard, medium or high");
        }
        for (int i = 1; i < c.bands().size(); i++) {
            if (c.bands().get(i).level().compareTo(c.bands().get(i - 1).level()) <= 0) {
                throw new IllegalArgumentException("its bands must rise with the count");
            }
        }
        return c;
    }
}
