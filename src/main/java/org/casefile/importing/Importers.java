package org.casefile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises a file by what it holds (the extension is only a hint: a chat saved as .csv is still a chat) and
 * hands it to its parser. When the caseworker chose a format the content contradicts, the sentence says what
 * the file looks like instead of failing on its first line.
 */
public final class Importers {
    private static final int HEAD = 16 * 1024;

    private Importers() {
    }

    /** Reads the whole file into messages, or throws {@link ImportProblem}; nothing in between. */
    public static ParsedFile parse(ImportInput input, ImportOptions options) {
        if (input.size() == 0) {
            throw new ImportProblem("import.empty");
        }
        ImportFormat detected = detect(input);
        ImportFormat chosen = options.format();
        if (chosen != null && detected != null && chosen != detected
                && !(chosen == ImportFormat.EML && detected == ImportFormat.MBOX)) {
            throw new ImportProblem("import.format.mismatch", label(detected), label(chosen),
                    detected.cliName());
        }
        // An email saved with its mailbox "From " line is a mailbox of one: read it as such.
        ImportFormat format = chosen != null && !(chosen == ImportFormat.EML && detected == ImportFormat.MBOX)
                ? chosen : detected;
        if (format == null) {
            throw new ImportProblem("import.format.unknown");
        }
        return switch (format) {
            case WHATSAPP -> isZip(input) ? WhatsAppParser.parseZip(input, options)
                    : WhatsAppParser.parseText(input, options);
            case SMS_XML -> SmsBackupParser.parse(input, options);
            case EML -> EmailParser.parseEml(input, options);
            case MBOX -> EmailParser.parseMbox(input, options);
            case CSV -> CsvDiaryParser.parse(input, options);
        };
    }

    private static String label(ImportFormat f) {
        return org.casefile.Messages.get(f.labelKey());
    }

    /** The format the content shows, or null when it looks like none of them. */
    public static ImportFormat detect(ImportInput input) {
        byte[] head;
        try (InputStream in = input.open()) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ImportFormat.WHATSAPP;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            return lower.contains("<smses") || lower.contains("<calls") ? ImportFormat.SMS_XML : null;
        }
        if (trimmed.startsWith("From ")) {
            return ImportFormat.MBOX;
        }
        if (EmailParser.looksLikeHeaders(trimmed)) {
            return ImportFormat.EML;
        }
        String first = trimmed.lines().findFirst().orElse("");
        if (WhatsAppParser.looksLikeHeader(first)) {
            return ImportFormat.WHATSAPP;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        boolean delimited = first.contains(",") || first.contains(";") || first.contains("\t");
        if (delimited && (lower.contains("date") || input.name().toLowerCase(Locale.ROOT).endsWith(".csv"))) {
            // A heading row naming a date, or any delimited rows in a file called .csv (its headings may be in
            // another language: the caseworker then says which column is which).
            return ImportFormat.CSV;
        }
        return null;
    }

    private static boolean isZip(ImportInput input) {
        try (InputStream in = input.open()) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        }
    }
}
