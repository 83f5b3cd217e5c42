package org.casefile.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email as files: one message ({@code .eml}) or a mailbox of many ({@code .mbox}, "From " lines between them).
 * Headers are unfolded and kept; encoded words (RFC 2047) are decoded; MIME multiparts are walked (to a limited
 * depth) for the plain text, else the HTML as text, and for attachments, which are decoded from base64 or
 * quoted-printable and kept as files.
 */
public final class EmailParser {
    static final List<String> KEPT_HEADERS = List.of("From", "To", "Cc", "Date", "Subject", "Message-ID",
            "In-Reply-To", "Reply-To");
    private static final int MAX_DEPTH = 12;
    private static final int MAX_MESSAGE_BYTES = 128 * 1024 * 1024;
    private static final Pattern HEADER = Pattern.compile("^([!-9;-~]{1,200}):[ \t]?(.*)$");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]{1,40})\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\s*([+-]\\d{4}|UT|UTC|GMT|[A-Z]{1,5}))?");
    private static final Pattern ADDRESS = Pattern.compile("<([^<>\\s]{1,320})>");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private EmailParser() {
    }

    /** One message. */
    public static ParsedFile parseEml(ImportInput input, ImportOptions options) {
        byte[] raw = readAll(input, Math.min(options.limits().maxFileBytes(), MAX_MESSAGE_BYTES));
        return new ParsedFile(ImportFormat.EML, List.of(message(raw, 1, 1, options.zone())), DateOrder.INFER, true);
    }

    /** A mailbox: messages separated by lines starting "From ". */
    public static ParsedFile parseMbox(ImportInput input, ImportOptions options) {
        if (input.size() > options.limits().maxFileBytes()) {
            throw new ImportProblem("import.tooLarge", options.limits().maxFileBytes() / (1024 * 1024));
        }
        List<ImportedMessage> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(input.open(), 64 * 1024)) {
            ByteArrayOutputStream current = null;
            int startLine = 0;
            int line = 0;
            boolean previousBlank = true;
            byte[] l;
            while ((l = readLine(in, options.limits().maxMessageChars(), line + 1)) != null) {
                line++;
                if (previousBlank && startsWith(l, "From ")) {
                    if (current != null) {
                        out.add(message(current.toByteArray(), out.size() + 1, startLine, options.zone()));
                        check(out.size(), options, line);
                    }
                    current = new ByteArrayOutputStream();
                    startLine = line;
                    previousBlank = false;
                    continue;
                }
                if (current == null) {
                    if (isBlank(l)) {
                        continue;
                    }
                    throw new ImportProblem("import.mbox.notAMailbox", line);
                }
                int skip = 0;
                if (l.length > 0 && l[0] == '>') {
                    int i = 0;
                    while (i < l.length && l[i] == '>') {
                        i++;
                    }
                    if (startsWithAt(l, i, "From ")) {
                        skip = 1;
                    }
                }
                current.write(l, skip, l.length - skip);
                if (current.size() > MAX_MESSAGE_BYTES) {
                    throw new ImportProblem("import.email.tooLarge", startLine, MAX_MESSAGE_BYTES / (1024 * 1024));
                }
                previousBlank = isBlank(l);
            }
            if (current != null) {
                out.add(message(current.toByteArray(), out.size() + 1, startLine, options.zone()));
            }
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        }
        if (out.isEmpty()) {
            throw new ImportProblem("import.empty");
        }
        return new ParsedFile(ImportFormat.MBOX, out, DateOrder.INFER, true);
    }

    private static void check(int count, ImportOptions options, int line) {
        if (count >= options.limits().maxMessages()) {
            throw new ImportProblem("import.tooManyMessages", line, options.limits().maxMessages());
        }
    }

    /** A line with its ending, or null at the end. */
    private static byte[] readLine(InputStream in, int max, int lineNumber) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                break;
            }
            if (line.size() > max) {
                throw new ImportProblem("import.lineTooLong", lineNumber, max);
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static boolean startsWith(byte[] l, String prefix) {
        return startsWithAt(l, 0, prefix);
    }

    private static boolean startsWithAt(byte[] l, int at, String prefix) {
        if (l.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (l[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] l) {
        for (byte b : l) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAll(ImportInput input, long max) {
        if (input.size() > max) {
            throw new ImportProblem("import.tooLarge", max / (1024 * 1024));
        }
        try (InputStream in = input.open()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        }
    }

    /** True when the text starts like an email's headers (used to recognise .eml by content). */
    static boolean looksLikeHeaders(String head) {
        int known = 0;
        int lines = 0;
        for (String line : head.split("\r?\n", 60)) {
            if (line.isEmpty()) {
                break;
            }
            lines++;
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                return false;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("from") || name.equals("date") || name.equals("subject") || name.equals("to")
                    || name.equals("received") || name.equals("mime-version") || name.equals("return-path")
                    || name.equals("message-id")) {
                known++;
            }
        }
        return lines > 0 && known >= 2;
    }

    // ---- one message -------------------------------------------------------------------------------------------

    private record Part(Map<String, String> headers, byte[] body) {
    }

    private static final class Collected {
        String plain;
        String html;
        final List<Attachment> files = new ArrayList<>();
        long fileBytes;
    }

    static ImportedMessage message(byte[] raw, int number, int firstLine, ZoneId zone) {
        Part top = split(raw, firstLine, true);
        Map<String, String> h = top.headers();
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String v = h.get(name.toLowerCase(Locale.ROOT));
            if (v != null) {
                kept.put(name, decodeWords(v));
            }
        }
        if (!h.containsKey("from") && !h.containsKey("date")) {
            throw new ImportProblem("import.email.notAnEmail", firstLine);
        }
        String date = h.get("date");
        LocalDateTime at = date == null ? null : date(date, zone);
        if (at == null) {
            throw new ImportProblem("import.email.badDate", number, firstLine);
        }
        Collected c = new Collected();
        walk(top, c, 0, firstLine);
        String body = c.plain != null ? c.plain : c.html != null ? HtmlText.of(c.html) : "";
        String from = kept.getOrDefault("From", "");
        String address = "";
        Matcher a = ADDRESS.matcher(from);
        String name = from;
        if (a.find()) {
            address = a.group(1);
            name = from.substring(0, a.start()).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
        } else if (from.contains("@")) {
            address = from.strip();
            name = "";
        }
        return new ImportedMessage(firstLine, at, name.strip(), address.toLowerCase(Locale.ROOT), MessageKind.EMAIL,
                false, body.strip(), c.files, kept);
    }

    /** Headers (lower-cased names, unfolded, last one wins except Received) and the body's bytes. */
    private static Part split(byte[] raw, int firstLine, boolean top) {
        Map<String, String> headers = new LinkedHashMap<>();
        int i = 0;
        int line = firstLine;
        String lastName = null;
        while (i < raw.length) {
            int end = i;
            while (end < raw.length && raw[end] != '\n') {
                end++;
            }
            int stop = end > i && raw[end - 1] == '\r' ? end - 1 : end;
            String text = headerText(raw, i, stop);
            i = Math.min(raw.length, end + 1);
            if (text.isEmpty()) {
                return new Part(headers, java.util.Arrays.copyOfRange(raw, i, raw.length));
            }
            if ((text.charAt(0) == ' ' || text.charAt(0) == '\t') && lastName != null) {
                headers.put(lastName, headers.get(lastName) + " " + text.strip());
            } else {
                Matcher m = HEADER.matcher(text);
                if (!m.matches()) {
                    if (top) {
                        throw new ImportProblem("import.email.badHeader", line);
                    }
                    // A part without headers: the whole of it is body.
                    return new Part(Map.of(), raw);
                }
                lastName = m.group(1).toLowerCase(Locale.ROOT);
                if (headers.size() > 500) {
                    throw new ImportProblem("import.email.badHeader", line);
                }
                headers.put(lastName, m.group(2).strip());
            }
            line++;
        }
        return new Part(headers, new byte[0]);
    }

    /** Header bytes as text: UTF-8 when they are valid UTF-8 (common, though not standard), else Latin-1. */
    private static String headerText(byte[] raw, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }

    private static void walk(Part part, Collected c, int depth, int firstLine) {
        if (depth > MAX_DEPTH) {
            throw new ImportProblem("import.email.tooDeep", firstLine, MAX_DEPTH);
        }
        Map<String, String> type = params(part.headers().getOrDefault("content-type", "text/plain"));
        String mime = type.get("");
        String disposition = part.headers().getOrDefault("content-disposition", "");
        Map<String, String> disp = params(disposition);
        if (mime.startsWith("multipart/")) {
            String boundary = type.get("boundary");
            if (boundary == null || boundary.isEmpty()) {
                throw new ImportProblem("import.email.noBoundary", firstLine);
            }
            for (byte[] child : children(part.body(), boundary, firstLine)) {
                walk(split(child, firstLine, false), c, depth + 1, firstLine);
            }
            return;
        }
        byte[] decoded = decode(part.body(), part.headers().getOrDefault("content-transfer-encoding", "7bit"),
                firstLine);
        String fileName = disp.getOrDefault("filename", type.getOrDefault("name", ""));
        boolean attachment = disp.get("").equals("attachment") || !fileName.isEmpty()
                || !(mime.startsWith("text/") || mime.equals("message/rfc822"));
        if (mime.equals("message/rfc822") && !attachment) {
            attachment = true;
        }
        if (attachment) {
            c.fileBytes += decoded.length;
            if (c.fileBytes > MAX_MESSAGE_BYTES) {
                throw new ImportProblem("import.email.tooLarge", firstLine, MAX_MESSAGE_BYTES / (1024 * 1024));
            }
            String name = fileName.isEmpty() ? "attachment-" + (c.files.size() + 1) : decodeWords(fileName);
            c.files.add(new Attachment(safeName(name), mime, decoded));
            return;
        }
        String text = charsetText(decoded, type.getOrDefault("charset", "us-ascii"));
        if (mime.equals("text/html")) {
            if (c.html == null) {
                c.html = text;
            }
        } else if (c.plain == null) {
            c.plain = text;
        }
    }

    private static String safeName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return n.isEmpty() ? "attachment" : n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static List<byte[]> children(byte[] body, String boundary, int firstLine) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> parts = new ArrayList<>();
        int start = -1;
        int i = 0;
        boolean closed = false;
        while (i < body.length) {
            int lineEnd = i;
            while (lineEnd < body.length && body[lineEnd] != '\n') {
                lineEnd++;
            }
            if (startsWithBytes(body, i, lineEnd, delimiter)) {
                int after = i + delimiter.length;
                boolean last = after + 1 < body.length && body[after] == '-' && body[after + 1] == '-';
                if (start >= 0) {
                    int end = i;
                    if (end > start && body[end - 1] == '\n') {
                        end--;
                    }
                    if (end > start && body[end - 1] == '\r') {
                        end--;
                    }
                    parts.add(java.util.Arrays.copyOfRange(body, start, Math.max(start, end)));
                }
                if (last) {
                    closed = true;
                    break;
                }
                start = Math.min(body.length, lineEnd + 1);
            }
            i = lineEnd + 1;
        }
        if (!closed) {
            // No closing boundary: the file was most likely cut short. Refused rather than read in part.
            throw new ImportProblem("import.email.truncated", firstLine);
        }
        return parts;
    }

    private static boolean startsWithBytes(byte[] body, int from, int lineEnd, byte[] prefix) {
        if (lineEnd - from < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (body[from + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] decode(byte[] body, String encoding, int firstLine) {
        String e = encoding.strip().toLowerCase(Locale.ROOT);
        if (e.equals("base64")) {
            try {
                return Base64.getMimeDecoder().decode(stripTrailingJunk(body));
            } catch (IllegalArgumentException ex) {
                throw new ImportProblem("import.email.badEncoding", firstLine);
            }
        }
        if (e.equals("quoted-printable")) {
            return QuotedPrintable.decode(body, false);
        }
        return body;
    }

    /** Base64 bodies sometimes end with stray "=" lines or blanks; the MIME decoder ignores the rest. */
    private static byte[] stripTrailingJunk(byte[] body) {
        int end = body.length;
        while (end > 0 && (body[end - 1] == '\n' || body[end - 1] == '\r' || body[end - 1] == ' ')) {
            end--;
        }
        return end == body.length ? body : java.util.Arrays.copyOf(body, end);
    }

    private static String charsetText(byte[] bytes, String charset) {
        Charset cs;
        try {
            cs = Charset.forName(charset.strip());
        } catch (RuntimeException e) {
            cs = StandardCharsets.UTF_8;
        }
        if (cs.name().equals("US-ASCII")) {
            // Many messages say us-ascii and send UTF-8.
            cs = StandardCharsets.UTF_8;
        }
        return new String(bytes, cs);
    }

    /** {@code type/subtype; a=b; c="d"} → {"" → type/subtype, a → b, c → d}; names lower-cased. */
    static Map<String, String> params(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> pieces = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ';' && !quoted) {
                pieces.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(ch);
        }
        pieces.add(cur.toString());
        out.put("", pieces.getFirst().strip().toLowerCase(Locale.ROOT));
        for (String p : pieces.subList(1, pieces.size())) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (name.endsWith("*")) {
                // RFC 2231: filename*=UTF-8''name%20here
                name = name.substring(0, name.length() - 1);
                value = rfc2231(value);
            }
            out.put(name, value);
        }
        return out;
    }

    private static String rfc2231(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return value;
        }
        Charset cs;
        try {
            cs = Charset.forName(value.substring(0, first));
        } catch (RuntimeException e) {
            cs = StandardCharsets.UTF_8;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String s = value.substring(second + 1);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' && hex(s, i + 1) >= 0) {
                out.write(hex(s, i + 1));
                i += 2;
            } else {
                out.write(ch & 0xff);
            }
        }
        return out.toString(cs);
    }

    private static int hex(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int hi = Character.digit(s.charAt(at), 16);
        int lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    /** RFC 2047: {@code =?UTF-8?B?...?=} and {@code =?ISO-8859-1?Q?...?=}; spaces between adjacent words drop. */
    static String decodeWords(String value) {
        if (!value.contains("=?")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = ENCODED_WORD.matcher(value);
        int last = 0;
        boolean previousWasWord = false;
        while (m.find()) {
            String between = value.substring(last, m.start());
            if (!(previousWasWord && between.isBlank())) {
                out.append(between);
            }
            Charset cs;
            try {
                cs = Charset.forName(m.group(1).replaceAll("\\*.*$", ""));
            } catch (RuntimeException e) {
                cs = StandardCharsets.UTF_8;
            }
            byte[] bytes;
            try {
                bytes = m.group(2).equalsIgnoreCase("b") ? Base64.getDecoder().decode(m.group(3))
                        : QuotedPrintable.decode(m.group(3).getBytes(StandardCharsets.ISO_8859_1), true);
            } catch (IllegalArgumentException e) {
                bytes = m.group(0).getBytes(StandardCharsets.ISO_8859_1);
            }
            out.append(new String(bytes, cs));
            last = m.end();
            previousWasWord = true;
        }
        out.append(value.substring(last));
        return out.toString();
    }

    /** An email Date header (RFC 5322, with the usual variations), as local time in {@code zone}; null if not. */
    static LocalDateTime date(String header, ZoneId zone) {
        Matcher m = DATE.matcher(header.replaceAll("\\([^)]*\\)", " ").strip());
        if (!m.find()) {
            return null;
        }
        try {
            int day = Integer.parseInt(m.group(1));
            int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += year < 50 ? 2000 : 1900;
            }
            if (month == 0) {
                return null;
            }
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            ZoneOffset offset = ZoneOffset.UTC;
            String z = m.group(7);
            if (z != null && (z.startsWith("+") || z.startsWith("-"))) {
                int hours = Integer.parseInt(z.substring(1, 3));
                int minutes = Integer.parseInt(z.substring(3, 5));
                if (hours > 18 || minutes > 59) {
                    return null;
                }
                int sign = z.startsWith("-") ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
            ZonedDateTime when = ZonedDateTime.of(year, month, day, Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), second, 0, offset);
            return when.withZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
