package org.casefile.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.casefile.Messages;
import org.casefile.UserFacingException;

/**
 * Due dates as an iCalendar file (RFC 5545): one all-day event per reminder. Calendars are synced to phones and
 * online services, so an event names the case by its reference only, never the client.
 */
public final class Calendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Calendar() {
    }

    public static String ics(List<Reminder> reminders, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Casefile//Reminders//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (Reminder r : reminders) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(r.key()) + "@casefile");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(r.due()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(r.due().plusDays(1)));
            line(out, "SUMMARY:" + escape(Messages.get("reminder.calendar.summary", Messages.get(r.kind().labelKey()),
                    r.clientReference())));
            line(out, "DESCRIPTION:" + escape(Messages.get("reminder.calendar.description")));
            line(out, "CLASS:CONFIDENTIAL");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Writes the file whole or not at all. */
    public static void write(List<Reminder> reminders, Path target, Instant now) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.writeString(partial, ics(reminders, now), StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the sentence below says what to do
            }
            throw new UserFacingException("reminder.calendar.notWritten", target.getFileName().toString());
        }
    }

    /** Text values escape backslash, semicolon, comma and newlines. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Content lines end in CRLF and fold at 75 octets, continuing with a space, never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
