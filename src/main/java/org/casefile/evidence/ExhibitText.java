package org.casefile.evidence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.casefile.Messages;

/** How exhibits read on screen, in the caseworker's words: kinds of file, sizes, copies, dates. No JavaFX. */
public final class ExhibitText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private ExhibitText() {
    }

    /** A kind a person recognises ("Picture (PNG)", "Email") rather than a media type. */
    public static String kind(ExhibitSummary e) {
        String type = e.mediaType();
        if (e.isImage()) {
            return Messages.get("evidence.kind.picture",
                    type.substring(type.indexOf('/') + 1).toUpperCase(Locale.ROOT));
        }
        if (e.isPdf()) {
            return Messages.get("evidence.kind.pdf");
        }
        if (type.equals("message/rfc822")) {
            return Messages.get("evidence.kind.email");
        }
        if (e.isText()) {
            return Messages.get("evidence.kind.text");
        }
        if (type.startsWith("audio/")) {
            return Messages.get("evidence.kind.audio");
        }
        if (type.startsWith("video/")) {
            return Messages.get("evidence.kind.video");
        }
        return Messages.get("evidence.kind.other");
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.get("evidence.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.get("evidence.size.kilobytes", bytes / 1024.0);
        }
        return Messages.get("evidence.size.megabytes", bytes / (1024.0 * 1024.0));
    }

    /** "copy of JS/1 (rotated right)", or empty for an original. */
    public static String copyOf(ExhibitSummary e) {
        if (e.derivedFrom().isEmpty()) {
            return "";
        }
        return Messages.get("evidence.copyOf", e.derivedFrom(), how(e.derivation()));
    }

    public static String how(Derivation d) {
        return d == null ? "" : Messages.get(d.labelKey()).toLowerCase(Locale.getDefault());
    }

    public static String when(java.time.Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** For the continuity log, where columns are narrow. */
    public static String whenShort(java.time.Instant at, ZoneId zone) {
        return at == null ? "" : SHORT.format(at.atZone(zone));
    }

    /** A continuity note as a person reads it: a derived copy's note names how it was made. */
    public static String note(ExhibitRecord.CustodyEntry entry) {
        if (entry.action() == CustodyAction.RECEIVED && !entry.note().isEmpty()) {
            for (Derivation d : Derivation.values()) {
                if (d.name().equals(entry.note())) {
                    return Messages.get("evidence.note.madeBy", how(d));
                }
            }
        }
        return entry.note();
    }
}
