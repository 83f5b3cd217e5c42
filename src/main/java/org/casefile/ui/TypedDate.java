package org.casefile.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.beans.property.BooleanProperty;
import javafx.util.StringConverter;
import org.casefile.Dates;

/**
 * Dates as caseworkers type them: day, month, year, as every language Casefile speaks writes them. Shown in the
 * user's locale ({@link Dates#day()}: 05/03/1990 in British English, 5.03.1990 in Polish); typed as 5/3/1990,
 * 05/03/1990, 5.3.1990 or 5-3-1990 whatever the language, and read strictly (31/02 is refused, not turned into
 * 28/02). Text that is not a date stays in the field instead of being wiped, as DatePicker would, and
 * {@code unreadable} says so until it is corrected.
 */
public final class TypedDate extends StringConverter<LocalDate> {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** How a date in a field or a typed list looks in the user's language. */
    public static DateTimeFormatter shown() {
        return Dates.day();
    }

    /** A typed day, month and year with any of the usual separators; throws if it is not a real date. */
    public static LocalDate parse(String text) {
        String normal = text.strip().replaceAll("\\s*[./-]\\s*", "/");
        if (normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1); // "5.3.1990." as some write it in Polish
        }
        return LocalDate.parse(normal, TYPED);
    }

    private final BooleanProperty unreadable;
    private String typed;

    public TypedDate(BooleanProperty unreadable) {
        this.unreadable = unreadable;
    }

    /** DatePicker reads typed text only when focus leaves it; Ctrl+S can save while the caret is still inside. */
    public static void commit(javafx.scene.control.DatePicker picker) {
        LocalDate typed = picker.getConverter().fromString(picker.getEditor().getText());
        if (!java.util.Objects.equals(typed, picker.getValue())) {
            picker.setValue(typed);
        }
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? (typed == null ? "" : typed) : shown().format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        typed = null;
        unreadable.set(false);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            typed = text;
            unreadable.set(true);
            return null;
        }
    }
}
