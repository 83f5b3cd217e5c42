package org.casefile.importing;

import java.util.List;
import java.util.Locale;

/**
 * Which column of a diary holds what, by header name as the spreadsheet wrote it. Null or blank means "find it
 * by its header" (Date, Time, What happened / Description, Where / Location, Witnesses).
 */
public record CsvMapping(String date, String time, String what, String where, String witnesses) {
    public static final CsvMapping GUESS = new CsvMapping(null, null, null, null, null);

    static final List<String> DATE_NAMES = List.of("date", "day", "when");
    static final List<String> TIME_NAMES = List.of("time", "at");
    static final List<String> WHAT_NAMES = List.of("what happened", "what", "description", "details", "incident",
            "notes", "event");
    static final List<String> WHERE_NAMES = List.of("where", "location", "place");
    static final List<String> WITNESS_NAMES = List.of("witnesses", "witness", "who saw");

    /** The column index for each role in {@code headers}, or -1: [date, time, what, where, witnesses]. */
    int[] resolve(List<String> headers) {
        return new int[] {find(headers, date, DATE_NAMES), find(headers, time, TIME_NAMES),
                find(headers, what, WHAT_NAMES), find(headers, where, WHERE_NAMES),
                find(headers, witnesses, WITNESS_NAMES)};
    }

    private static int find(List<String> headers, String chosen, List<String> guesses) {
        if (chosen != null && !chosen.isBlank()) {
            int i = index(headers, chosen);
            if (i < 0) {
                throw new ImportProblem("import.csv.noSuchColumn", chosen.strip());
            }
            return i;
        }
        for (String g : guesses) {
            int i = index(headers, g);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int index(List<String> headers, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
