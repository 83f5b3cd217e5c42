package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dates in fields: shown in the user's language, typed day-first with any usual separator, read strictly. */
class TypedDateTest {
    private static final LocalDate FIFTH_OF_MARCH = LocalDate.of(1990, 3, 5);
    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void aDateIsShownAsTheUsersLanguageWritesIt() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(new TypedDate(new SimpleBooleanProperty()).toString(FIFTH_OF_MARCH)).isEqualTo("05/03/1990");
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("pl-PL"));
        assertThat(new TypedDate(new SimpleBooleanProperty()).toString(FIFTH_OF_MARCH)).isEqualTo("5.03.1990");
    }

    @Test
    void dayMonthYearIsReadWithAnyUsualSeparatorInEitherLanguage() {
        for (Locale locale : new Locale[] {Locale.UK, Locale.forLanguageTag("pl-PL")}) {
            Locale.setDefault(Locale.Category.FORMAT, locale);
            TypedDate dates = new TypedDate(new SimpleBooleanProperty());
            for (String typed : new String[] {"5/3/1990", "05/03/1990", "5.3.1990", "05.03.1990", "5-3-1990",
                    " 5 / 3 / 1990 ", "5.3.1990."}) {
                assertThat(dates.fromString(typed)).as(typed + " in " + locale).isEqualTo(FIFTH_OF_MARCH);
            }
            // What is shown reads back as the same day.
            assertThat(dates.fromString(dates.toString(FIFTH_OF_MARCH))).isEqualTo(FIFTH_OF_MARCH);
        }
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAndTheTypingKept() {
        SimpleBooleanProperty unreadable = new SimpleBooleanProperty();
        TypedDate dates = new TypedDate(unreadable);
        assertThat(dates.fromString("31/02/2026")).isNull();
        assertThat(unreadable.get()).isTrue();
        assertThat(dates.toString(null)).isEqualTo("31/02/2026");
        assertThat(dates.fromString("1990-03-05")).as("year first is not a day-first date").isNull();
        assertThatThrownBy(() -> TypedDate.parse("5.13.1990")).isInstanceOf(DateTimeParseException.class);
        assertThat(dates.fromString("")).isNull();
        assertThat(unreadable.get()).isFalse();
    }
}
