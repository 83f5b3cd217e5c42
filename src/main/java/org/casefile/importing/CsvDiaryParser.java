package org.casefile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A diary kept in a spreadsheet and saved as CSV (comma, semicolon or tab): one row an entry, with a date, a
 * time, what happened, where and who saw it. Dates are read strictly (day first unless told otherwise, or ISO
 * {@code 2024-03-12}); a row that cannot be read stops the import with its line number.
 */
public final class CsvDiaryParser {
    private CsvDiaryParser() {
    }

    public static ParsedFile parse(ImportInput input, ImportOptions options) {
        if (input.size() > options.limits().maxFileBytes()) {
            throw new ImportProblem("import.tooLarge", options.limits().maxFileBytes() / (1024 * 1024));
        }
        char delimiter = delimiter(input);
        DateOrder order = options.dateOrder() == DateOrder.MONTH_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        DateTimeFormatter slashed = DateTimeFormatter.ofPattern(order == DateOrder.MONTH_FIRST ? "M/d/uuuu" : "d/M/uuuu")
                .withResolverStyle(ResolverStyle.STRICT);
        List<ImportedMessage> out = new ArrayList<>();
        try (InputStream in = input.open();
             Reader reader = new InputStreamReader(new java.io.BufferedInputStream(in), StandardCharsets.UTF_8
                     .newDecoder().onMalformedInput(CodingErrorAction.REPORT));
             CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                     .setTrim(true).get().parse(reader)) {
            List<String> headers = null;
            int[] columns = null;
            for (CSVRecord row : csv) {
                int line = (int) Math.min(Integer.MAX_VALUE, csv.getCurrentLineNumber());
                if (headers == null) {
                    headers = new ArrayList<>();
                    for (String h : row) {
                        headers.add(h.replace("\uFEFF", ""));
                    }
                    columns = options.csvMapping().resolve(headers);
                    if (columns[0] < 0) {
                        throw new ImportProblem("import.csv.noDateColumn");
                    }
                    if (columns[2] < 0) {
                        throw new ImportProblem("import.csv.noWhatColumn");
                    }
                    continue;
                }
                if (out.size() >= options.limits().maxMessages()) {
                    throw new ImportProblem("import.tooManyMessages", line, options.limits().maxMessages());
                }
                String dateText = cell(row, columns[0]);
                String what = cell(row, columns[2]);
                if (dateText.isEmpty() && what.isEmpty()) {
                    continue;
                }
                if (what.length() > options.limits().maxMessageChars()) {
                    throw new ImportProblem("import.messageTooLong", line, options.limits().maxMessageChars());
                }
                LocalDate day = day(dateText, slashed, line);
                LocalTime time = time(cell(row, columns[1]), line);
                Map<String, String> extra = new LinkedHashMap<>();
                String where = cell(row, columns[3]);
                String witnesses = cell(row, columns[4]);
                if (!where.isEmpty()) {
                    extra.put("Where", where);
                }
                if (!witnesses.isEmpty()) {
                    extra.put("Witnesses", witnesses);
                }
                if (time == null) {
                    extra.put("TimeKnown", "no");
                }
                out.add(new ImportedMessage(line, LocalDateTime.of(day,
                        time == null ? LocalTime.MIDNIGHT : time), "", "", MessageKind.DIARY, true, what, List.of(),
                        extra));
            }
        } catch (ImportProblem p) {
            throw p;
        } catch (CharacterCodingException e) {
            throw new ImportProblem("import.csv.encoding");
        } catch (IOException | RuntimeException e) {
            // Commons CSV reports an unclosed quote and similar as IOException or IllegalStateException.
            if (hasCause(e, CharacterCodingException.class)) {
                throw new ImportProblem("import.csv.encoding");
            }
            throw new ImportProblem("import.csv.badRow");
        }
        if (out.isEmpty()) {
            throw new ImportProblem("import.empty");
        }
        return new ParsedFile(ImportFormat.CSV, out, order, options.dateOrder() != DateOrder.INFER);
    }

    /** The diary's column headings, for choosing which holds what; empty when the first row cannot be read. */
    public static List<String> headers(ImportInput input) {
        char delimiter = delimiter(input);
        try (InputStream in = input.open();
             Reader reader = new InputStreamReader(new java.io.BufferedInputStream(in), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get().parse(reader)) {
            for (CSVRecord row : csv) {
                List<String> out = new ArrayList<>();
                row.forEach(h -> out.add(h.replace("\uFEFF", "")));
                return out.stream().filter(h -> !h.isBlank()).distinct().limit(100).toList();
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return List.of();
    }

    private static boolean hasCause(Throwable t, Class<?> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String cell(CSVRecord row, int index) {
        return index < 0 || index >= row.size() ? "" : row.get(index).strip();
    }

    private static LocalDate day(String text, DateTimeFormatter slashed, int line) {
        String t = text.replace('.', '/').replace('-', '/');
        try {
            if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                String[] p = t.split("/");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{2}")) {
                t = t.substring(0, t.lastIndexOf('/') + 1) + "20" + t.substring(t.lastIndexOf('/') + 1);
            }
            return LocalDate.parse(t, slashed);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new ImportProblem("import.csv.badDate", line);
        }
    }

    private static LocalTime time(String text, int line) {
        if (text.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*([AaPp])?\\.?[Mm]?\\.?").matcher(text);
        if (!m.matches()) {
            throw new ImportProblem("import.csv.badTime", line);
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            if (h < 1 || h > 12) {
                throw new ImportProblem("import.csv.badTime", line);
            }
            h = h % 12 + (m.group(4).equalsIgnoreCase("p") ? 12 : 0);
        }
        if (h > 23 || min > 59 || s > 59) {
            throw new ImportProblem("import.csv.badTime", line);
        }
        return LocalTime.of(h, min, s);
    }

    /** Comma, semicolon or tab: whichever the header line has most of. */
    private static char delimiter(ImportInput input) {
        try (InputStream in = input.open()) {
            String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            String first = head.lines().findFirst().orElse("");
            long commas = first.chars().filter(c -> c == ',').count();
            long semis = first.chars().filter(c -> c == ';').count();
            long tabs = first.chars().filter(c -> c == '\t').count();
            return tabs > commas && tabs > semis ? '\t' : semis > commas ? ';' : ',';
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        }
    }
}
