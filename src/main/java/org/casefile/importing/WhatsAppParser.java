package org.casefile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WhatsApp chat exports, as the phone writes them: Android ({@code 12/03/2024, 21:15 - Sam: text}) and iOS
 * ({@code [12/03/2024, 21:15:42] Sam: text}), 12- or 24-hour clocks, dots, slashes or dashes, with or without
 * seconds, the direction marks and narrow no-break spaces newer versions insert, messages over several lines,
 * system lines and media placeholders. Whether 03/04 is the 3rd of April or the 4th of March is decided once for
 * the whole file (a day above 12 anywhere settles it; otherwise the reading that keeps the chat in order), unless
 * the caseworker says.
 */
public final class WhatsAppParser {
    private static final String DATE = "(\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})\\.?";
    private static final String TIME = "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\s?([AaPp])\\.?\\s?[Mm]\\.?)?";
    private static final Pattern BRACKETED = Pattern.compile("^\\[" + DATE + ",?\\s" + TIME + "\\]\\s?(.*)$");
    private static final Pattern PLAIN = Pattern.compile("^" + DATE + ",?\\s" + TIME + "\\s[-\u2013]\\s(.*)$");
    private static final Pattern ATTACHED_IOS = Pattern.compile("^<attached: ([^>]{1,255})>\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ATTACHED_ANDROID = Pattern.compile("^(\\S[^\\n]{0,254}?) \\(file attached\\)\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern OMITTED = Pattern.compile(
            "^(?:<Media omitted>|(?:image|video|audio|sticker|GIF|document|Contact card) omitted)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETED = Pattern.compile(
            "^(?:This message was deleted|You deleted this message)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MISSED = Pattern.compile("^Missed (?:voice|video) call.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYSTEM_PHRASE = Pattern.compile("(?i)(end-to-end encrypted|created group|created this"
            + " group| added | left$| removed |changed the subject|changed this group|changed the group|security code"
            + "|joined using|now an admin|changed their phone number|disappearing messages|is a contact|blocked this"
            + " contact|unblocked this contact|changed to)");

    private WhatsAppParser() {
    }

    /** A chat as a plain text file. */
    public static ParsedFile parseText(ImportInput input, ImportOptions options) {
        if (input.size() > options.limits().maxFileBytes()) {
            throw new ImportProblem("import.tooLarge", options.limits().maxFileBytes() / (1024 * 1024));
        }
        try (InputStream in = input.open()) {
            return parse(in, options, Map.of());
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        }
    }

    /** A chat exported "with media": the chat's .txt and the files it names, matched by name. */
    public static ParsedFile parseZip(ImportInput input, ImportOptions options) {
        ZipReader.Contents zip = ZipReader.read(input, options.limits());
        String chat = zip.chatText();
        if (chat == null) {
            throw new ImportProblem("import.zip.noChat");
        }
        byte[] chatBytes = zip.texts().get(chat);
        ParsedFile parsed = parse(new java.io.ByteArrayInputStream(chatBytes), options, zip.others());
        // Second pass: only the files the chat names are kept in memory.
        java.util.Set<String> wanted = new java.util.HashSet<>();
        parsed.messages().forEach(m -> m.attachments().forEach(a -> wanted.add(a.name())));
        if (wanted.isEmpty()) {
            return parsed;
        }
        Map<String, byte[]> media = ZipReader.extract(input, options.limits(), wanted);
        List<ImportedMessage> out = new ArrayList<>(parsed.messages().size());
        for (ImportedMessage m : parsed.messages()) {
            if (m.attachments().isEmpty()) {
                out.add(m);
                continue;
            }
            List<Attachment> found = m.attachments().stream()
                    .map(a -> new Attachment(a.name(), MediaGuess.of(a.name()), media.get(a.name()))).toList();
            out.add(new ImportedMessage(m.position(), m.at(), m.sender(), m.address(), m.kind(), m.outgoing(), m.text(),
                    found, m.headers()));
        }
        return new ParsedFile(parsed.format(), out, parsed.dateOrder(), parsed.dateOrderCertain());
    }

    /** True when {@code line} starts a WhatsApp message: used to recognise a chat by its content. */
    static boolean looksLikeHeader(String line) {
        return headerMatch(clean(line)) != null;
    }

    /** The line without direction marks, its odd spaces made plain; the same string when it has neither. */
    static String clean(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) < 0x2000 && line.charAt(i) != '\u00A0' && line.charAt(i) != '\uFEFF') {
            i++;
        }
        if (i == n) {
            return line;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(line, 0, i);
        for (; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\uFEFF') {
                continue;
            }
            b.append(c == '\u202F' || c == '\u00A0' || c == '\u2007' ? ' ' : c);
        }
        return b.toString();
    }

    /** A matcher positioned on a message's first line, or null for a continuation line. */
    private static Matcher headerMatch(String clean) {
        if (clean.isEmpty()) {
            return null;
        }
        char first = clean.charAt(0);
        Matcher m;
        if (first == '[') {
            m = BRACKETED.matcher(clean);
        } else if (first >= '0' && first <= '9') {
            m = PLAIN.matcher(clean);
        } else {
            return null;
        }
        return m.matches() ? m : null;
    }

    private static final class Raw {
        final int line;
        final int a;
        final int b;
        final int year;
        final boolean yearFirst;
        final int secondOfDay;
        final String sender;
        String text;
        StringBuilder more;
        final boolean markedSystem;

        Raw(int line, int a, int b, int year, boolean yearFirst, int secondOfDay, String sender, String text,
            boolean markedSystem) {
            this.line = line;
            this.a = a;
            this.b = b;
            this.year = year;
            this.yearFirst = yearFirst;
            this.secondOfDay = secondOfDay;
            this.sender = sender;
            this.text = text;
            this.markedSystem = markedSystem;
        }

        void append(String line) {
            if (more == null) {
                more = new StringBuilder(text);
            }
            more.append('\n').append(line);
            text = null;
        }

        String text() {
            return more == null ? text : more.toString();
        }
    }

    static ParsedFile parse(InputStream in, ImportOptions options, Map<String, Long> mediaInZip) {
        ImportLimits limits = options.limits();
        List<Raw> raws = new ArrayList<>();
        try (LineReader lines = new LineReader(in, limits.maxMessageChars())) {
            String line;
            Raw current = null;
            while ((line = lines.next()) != null) {
                int n = lines.lineNumber();
                String clean = clean(line);
                Matcher m = headerMatch(clean);
                if (m == null) {
                    if (current == null) {
                        if (clean.isBlank()) {
                            continue;
                        }
                        throw new ImportProblem("import.whatsapp.notAChat", n);
                    }
                    if ((current.more == null ? current.text.length() : current.more.length()) + clean.length() + 1 > limits.maxMessageChars()) {
                        throw new ImportProblem("import.messageTooLong", current.line, limits.maxMessageChars());
                    }
                    current.append(clean);
                    continue;
                }
                if (raws.size() >= limits.maxMessages()) {
                    throw new ImportProblem("import.tooManyMessages", n, limits.maxMessages());
                }
                current = header(n, m, line);
                raws.add(current);
            }
        } catch (IOException e) {
            throw new ImportProblem("import.truncated", 1);
        }
        if (raws.isEmpty()) {
            throw new ImportProblem("import.empty");
        }
        DateOrder order = options.dateOrder();
        boolean certain = true;
        if (order == DateOrder.INFER) {
            int[] evidence = inferOrder(raws);
            if (evidence[0] > 0 && evidence[1] > 0) {
                throw new ImportProblem("import.whatsapp.mixedDateOrders", evidence[0], evidence[1]);
            }
            if (evidence[0] > 0) {
                order = DateOrder.DAY_FIRST;
            } else if (evidence[1] > 0) {
                order = DateOrder.MONTH_FIRST;
            } else {
                certain = false;
                order = outOfOrderSteps(raws, DateOrder.MONTH_FIRST) < outOfOrderSteps(raws, DateOrder.DAY_FIRST)
                        ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
            }
        }
        List<ImportedMessage> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            LocalDate day = date(r, order);
            if (day == null) {
                throw new ImportProblem("import.whatsapp.badDate", r.line);
            }
            LocalDateTime at = day.atTime(LocalTime.ofSecondOfDay(r.secondOfDay));
            out.add(message(r, at, mediaInZip));
        }
        return new ParsedFile(ImportFormat.WHATSAPP, out, order, certain);
    }

    private static Raw header(int n, Matcher m, String original) {
        String[] parts = splitDate(m.group(1));
        int p0 = Integer.parseInt(parts[0]);
        int p1 = Integer.parseInt(parts[1]);
        int p2 = Integer.parseInt(parts[2]);
        boolean yearFirst = parts[0].length() == 4;
        int year = yearFirst ? p0 : (parts[2].length() <= 2 ? 2000 + p2 : p2);
        if (!yearFirst && parts[2].length() == 3) {
            throw new ImportProblem("import.whatsapp.badDate", n);
        }
        int a = yearFirst ? p1 : p0;
        int b = yearFirst ? p2 : p1;
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String half = m.group(5);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new ImportProblem("import.whatsapp.badTime", n);
            }
            boolean pm = half.equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new ImportProblem("import.whatsapp.badTime", n);
        }
        String rest = m.group(6);
        // iOS marks its own lines ("Messages and calls are end-to-end encrypted") with a left-to-right mark
        // before the text; the mark is gone from the cleaned line, so look at the line as written.
        int colon = rest.indexOf(": ");
        String sender = "";
        String text = rest;
        boolean marked = false;
        if (colon > 0) {
            sender = rest.substring(0, colon).strip();
            text = rest.substring(colon + 2);
            int at = original.indexOf(": ");
            marked = at >= 0 && original.length() > at + 2 && original.charAt(at + 2) == '\u200E';
        }
        return new Raw(n, a, b, year, yearFirst, hour * 3600 + minute * 60 + second, sender, text, marked);
    }

    private static String[] splitDate(String date) {
        String[] out = new String[3];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= date.length(); i++) {
            if (i == date.length() || date.charAt(i) == '.' || date.charAt(i) == '/' || date.charAt(i) == '-') {
                if (k < 3) {
                    out[k++] = date.substring(start, i);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** [lines proving day-first, lines proving month-first]: the first such line number of each, or 0. */
    private static int[] inferOrder(List<Raw> raws) {
        int dayFirst = 0;
        int monthFirst = 0;
        for (Raw r : raws) {
            if (r.yearFirst) {
                continue;
            }
            if (r.a > 12 && r.b <= 12 && dayFirst == 0) {
                dayFirst = r.line;
            }
            if (r.b > 12 && r.a <= 12 && monthFirst == 0) {
                monthFirst = r.line;
            }
        }
        return new int[] {dayFirst, monthFirst};
    }

    private static int outOfOrderSteps(List<Raw> raws, DateOrder order) {
        int steps = 0;
        LocalDate previous = null;
        for (Raw r : raws) {
            LocalDate d = date(r, order);
            if (d == null) {
                return Integer.MAX_VALUE;
            }
            if (previous != null && d.isBefore(previous)) {
                steps++;
            }
            previous = d;
        }
        return steps;
    }

    private static LocalDate date(Raw r, DateOrder order) {
        boolean monthThenDay = r.yearFirst || order == DateOrder.MONTH_FIRST;
        int month = monthThenDay ? r.a : r.b;
        int day = monthThenDay ? r.b : r.a;
        try {
            return LocalDate.of(r.year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ImportedMessage message(Raw r, LocalDateTime at, Map<String, Long> mediaInZip) {
        String text = r.text();
        if (r.sender.isEmpty()) {
            return new ImportedMessage(r.line, at, "", "", MessageKind.SYSTEM, false, text, List.of(), Map.of());
        }
        int nl = text.indexOf('\n');
        String firstLine = (nl < 0 ? text : text.substring(0, nl)).strip();
        MessageKind kind = MessageKind.TEXT;
        List<Attachment> attachments = List.of();
        boolean mayAttach = text.startsWith("<attached: ") || text.contains(" (file attached)");
        Matcher a = ATTACHED_IOS.matcher(mayAttach ? text.strip() : "");
        Matcher b = ATTACHED_ANDROID.matcher(mayAttach ? text.strip() : "");
        if (mayAttach && a.matches()) {
            kind = MessageKind.ATTACHMENT;
            attachments = List.of(new Attachment(a.group(1).strip(), MediaGuess.of(a.group(1)), null));
        } else if (mayAttach && b.matches() && (mediaInZip.isEmpty() || mediaInZip.containsKey(b.group(1).strip())
                || b.group(1).matches("(?i)[\\w-]+\\.[a-z0-9]{2,5}"))) {
            kind = MessageKind.ATTACHMENT;
            attachments = List.of(new Attachment(b.group(1).strip(), MediaGuess.of(b.group(1)), null));
        } else if (firstLine.length() > 40) {
            kind = r.markedSystem && SYSTEM_PHRASE.matcher(text).find() ? MessageKind.SYSTEM : MessageKind.TEXT;
        } else if (OMITTED.matcher(firstLine).matches()) {
            kind = MessageKind.MEDIA_OMITTED;
        } else if (DELETED.matcher(firstLine).matches()) {
            kind = MessageKind.DELETED;
        } else if (MISSED.matcher(firstLine).matches()) {
            kind = MessageKind.MISSED_CALL;
        } else if (r.markedSystem && SYSTEM_PHRASE.matcher(text).find()) {
            kind = MessageKind.SYSTEM;
        }
        return new ImportedMessage(r.line, at, r.sender, "", kind, false, text, attachments, Map.of());
    }

    /** The name of a sender as the file wrote it, folded for matching (case, spaces). */
    static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static Map<String, Long> none() {
        return new HashMap<>();
    }
}
