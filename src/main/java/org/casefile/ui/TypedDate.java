package org.casefile.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.beans.property.BooleanProperty;
import javafx.util.StringConverter;

/**
 * Dates as caseworkers type them: day/month/year. Shown as 05/03/1990; typed as 5/3/1990 or 05/03/1990, and read
 * strictly (31/02 is refused, not turned into 28/02). Text that is not a date stays in the field instead of being
 * wiped, as DatePicker would, and {@code unreadable} says so until it is corrected.
 */
public final class TypedDate extends StringConverter<LocalDate> {
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    public static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

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
        return date == null ? (typed == null ? "" : typed) : SHOWN.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        typed = null;
        unreadable.set(false);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), TYPED);
        } catch (DateTimeParseException e) {
            typed = text;
            unreadable.set(true);
            return null;
        }
    }
}
