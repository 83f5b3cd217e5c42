package org.casefile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * "SMS Backup &amp; Restore" files: {@code <smses>} with {@code sms} and {@code mms} entries (an MMS's text and
 * files are its {@code part}s), and call logs {@code <calls>}. Read as a stream, so a large backup is never held
 * as a tree; DTDs and external entities are refused. Times are the phone's milliseconds since 1970, shown in
 * the caseworker's time zone.
 */
public final class SmsBackupParser {
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    private SmsBackupParser() {
    }

    public static ParsedFile parse(ImportInput input, ImportOptions options) {
        if (input.size() > options.limits().maxFileBytes()) {
            throw new ImportProblem("import.tooLarge", options.limits().maxFileBytes() / (1024 * 1024));
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Problems are reported through the exception (with its line); nothing is printed to the console.
        factory.setXMLReporter((message, type, info, location) -> { });
        List<ImportedMessage> out = new ArrayList<>();
        XMLStreamReader xml = null;
        int entry = 0;
        try (InputStream in = input.open()) {
            // Decoded strictly here, so a bad byte is our sentence with its line, not the XML parser's console noise.
            java.io.Reader text = new java.io.InputStreamReader(new java.io.BufferedInputStream(in),
                    java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
            java.io.BufferedReader buffered = new java.io.BufferedReader(text);
            buffered.mark(1);
            if (buffered.read() != '\uFEFF') {
                buffered.reset();
            }
            xml = factory.createXMLStreamReader(buffered);
            boolean rootSeen = false;
            Mms mms = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportProblem("import.sms.notABackup", line(xml));
                }
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (name.equals("mms") && mms != null) {
                        out.add(mms.toMessage(options.zone()));
                        mms = null;
                    }
                    continue;
                }
                if (!rootSeen) {
                    if (!name.equals("smses") && !name.equals("calls")) {
                        throw new ImportProblem("import.sms.notABackup", line(xml));
                    }
                    rootSeen = true;
                    continue;
                }
                switch (name) {
                    case "sms" -> {
                        entry++;
                        check(out.size(), options, xml);
                        out.add(sms(xml, entry, options.zone()));
                    }
                    case "mms" -> {
                        entry++;
                        check(out.size(), options, xml);
                        mms = new Mms(entry, line(xml), millis(xml, "date"), attr(xml, "address"),
                                attr(xml, "contact_name"), "2".equals(attr(xml, "msg_box")));
                    }
                    case "part" -> {
                        if (mms != null) {
                            mms.part(xml, options);
                        }
                    }
                    case "call" -> {
                        entry++;
                        check(out.size(), options, xml);
                        out.add(call(xml, entry, options.zone()));
                    }
                    default -> {
                        // parts, addrs and addr wrap what we read; anything else is ignored.
                    }
                }
            }
            if (!rootSeen) {
                throw new ImportProblem("import.sms.notABackup", 1);
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof java.nio.charset.CharacterCodingException
                        || (c instanceof XMLStreamException x && x.getNestedException()
                        instanceof java.nio.charset.CharacterCodingException)) {
                    throw new ImportProblem("import.encoding", Math.max(line, 1));
                }
            }
            throw new ImportProblem("import.sms.badXml", Math.max(line, 1));
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        } catch (ImportProblem p) {
            throw p;
        } catch (RuntimeException e) {
            // The JDK's parser reports some malformed input (bad characters, truncation) as runtime errors.
            throw new ImportProblem("import.sms.badXml", xml == null ? 1 : Math.max(1, line(xml)));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Only read from.
                }
            }
        }
        if (out.isEmpty()) {
            throw new ImportProblem("import.empty");
        }
        return new ParsedFile(ImportFormat.SMS_XML, out, DateOrder.INFER, true);
    }

    private static void check(int count, ImportOptions options, XMLStreamReader xml) {
        if (count >= options.limits().maxMessages()) {
            throw new ImportProblem("import.tooManyMessages", line(xml), options.limits().maxMessages());
        }
    }

    private static ImportedMessage sms(XMLStreamReader xml, int entry, ZoneId zone) {
        long when = millis(xml, "date");
        String type = attr(xml, "type");
        boolean outgoing = "2".equals(type) || "4".equals(type) || "5".equals(type) || "6".equals(type);
        Map<String, String> headers = new LinkedHashMap<>();
        String subject = attr(xml, "subject");
        if (!subject.isEmpty() && !subject.equals("null")) {
            headers.put("Subject", subject);
        }
        return new ImportedMessage(line(xml), at(when, zone), contact(xml), attr(xml, "address"), MessageKind.TEXT,
                outgoing, attr(xml, "body"), List.of(), headers);
    }

    private static ImportedMessage call(XMLStreamReader xml, int entry, ZoneId zone) {
        long when = millis(xml, "date");
        String type = attr(xml, "type");
        boolean outgoing = "2".equals(type);
        MessageKind kind = "3".equals(type) || "5".equals(type) || "6".equals(type) ? MessageKind.MISSED_CALL
                : MessageKind.CALL;
        String duration = attr(xml, "duration");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Duration", duration.matches("\\d{1,9}") ? duration : "0");
        headers.put("Type", type);
        return new ImportedMessage(line(xml), at(when, zone), contact(xml), attr(xml, "number"), kind, outgoing, "",
                List.of(), headers);
    }

    private static String contact(XMLStreamReader xml) {
        String name = attr(xml, "contact_name");
        return name.equals("(Unknown)") || name.equals("null") ? "" : name;
    }

    private static LocalDateTime at(long millis, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone);
    }

    private static long millis(XMLStreamReader xml, String attribute) {
        String v = attr(xml, attribute);
        if (!v.matches("-?\\d{1,15}")) {
            throw new ImportProblem("import.sms.badDate", line(xml));
        }
        long m = Long.parseLong(v);
        // Some phones write seconds, not milliseconds.
        return m < 100_000_000_000L ? m * 1000 : m;
    }

    private static String attr(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    private static int line(XMLStreamReader xml) {
        return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
    }

    private static final class Mms {
        final int entry;
        final int line;
        final long millis;
        final String address;
        final String contact;
        final boolean outgoing;
        final StringBuilder text = new StringBuilder();
        final List<Attachment> files = new ArrayList<>();
        long bytes;

        Mms(int entry, int line, long millis, String address, String contact, boolean outgoing) {
            this.entry = entry;
            this.line = line;
            this.millis = millis;
            this.address = address;
            this.contact = contact.equals("(Unknown)") || contact.equals("null") ? "" : contact;
            this.outgoing = outgoing;
        }

        void part(XMLStreamReader xml, ImportOptions options) {
            String type = attr(xml, "ct");
            if (type.equals("application/smil")) {
                return;
            }
            if (type.startsWith("text/plain")) {
                String t = attr(xml, "text");
                if (!t.isEmpty() && !t.equals("null")) {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(t);
                }
                return;
            }
            String data = attr(xml, "data");
            String name = attr(xml, "cl");
            if (name.isEmpty() || name.equals("null")) {
                name = attr(xml, "name");
            }
            byte[] decoded = null;
            if (!data.isEmpty()) {
                try {
                    decoded = Base64.getMimeDecoder().decode(data);
                } catch (IllegalArgumentException e) {
                    throw new ImportProblem("import.sms.badPart", line(xml));
                }
                bytes += decoded.length;
                if (bytes > MAX_PART_BYTES) {
                    throw new ImportProblem("import.sms.partTooLarge", line(xml), MAX_PART_BYTES / (1024 * 1024));
                }
            }
            files.add(new Attachment(name.isEmpty() || name.equals("null") ? "part-" + (files.size() + 1) : name,
                    type, decoded));
        }

        ImportedMessage toMessage(ZoneId zone) {
            return new ImportedMessage(line, at(millis, zone), contact, address,
                    files.isEmpty() ? MessageKind.TEXT : MessageKind.ATTACHMENT, outgoing, text.toString(), files,
                    Map.of());
        }
    }
}
