package org.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one place dates and times are written for people: in the user's locale, by {@link FormatStyle}, never a
 * fixed pattern (British English gives 02/11/2026 and 09:05, Polish 2.11.2026). Each formatter is made at the
 * call, so the language chosen at start-up reaches every screen. Typed dates are read by {@code TypedDate}.
 */
public final class Dates {
    private Dates() {
    }

    /** 02/11/2026: tables and lists. */
    public static DateTimeFormatter day() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale());
    }

    /** 2 Nov 2026: sentences and charts, where a short word reads better than numbers. */
    public static DateTimeFormatter mediumDay() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    /** 2 November 2026. */
    public static DateTimeFormatter longDay() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale());
    }

    /** 09:05. */
    public static DateTimeFormatter time() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
    }

    /** 02/11/2026 09:05: a date-time or zoned date-time (give it a zone with {@code withZone} for instants). */
    public static DateTimeFormatter when() {
        return joined(FormatStyle.SHORT, FormatStyle.SHORT);
    }

    /** 02/11/2026 09:05:07: the audit log, where seconds matter. */
    public static DateTimeFormatter precisely() {
        return joined(FormatStyle.SHORT, FormatStyle.MEDIUM);
    }

    /** Monday, 2 November 2026 09:05. */
    public static DateTimeFormatter fully() {
        return joined(FormatStyle.FULL, FormatStyle.SHORT);
    }

    /** A day for a list, or nothing. */
    public static String day(LocalDate day) {
        return day == null ? "" : day().format(day);
    }

    /** A moment on this machine's clock, or nothing. */
    public static String when(Instant instant) {
        return instant == null ? "" : when().withZone(ZoneId.systemDefault()).format(instant);
    }

    // Date and time joined by a space rather than the locale's joining pattern (", " in British English), so a
    // stamp reads as one unit in a table cell.
    private static DateTimeFormatter joined(FormatStyle date, FormatStyle time) {
        return new DateTimeFormatterBuilder().appendLocalized(date, null).appendLiteral(' ')
                .appendLocalized(null, time).toFormatter(locale());
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
