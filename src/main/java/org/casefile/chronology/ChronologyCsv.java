package org.casefile.chronology;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casefile.Messages;

/**
 * Writes a chronology as CSV for spreadsheets: UTF-8 with a byte-order mark (so spreadsheet programs read names
 * in any script), one header row, dates as yyyy-MM-dd. Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe, so a perpetrator's message cannot become a live formula on an advocate's machine.
 */
public final class ChronologyCsv {
    private ChronologyCsv() {
    }

    public static void write(List<ChronologyEntry> entries, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(Messages.get("chronology.column.date"), Messages.get("chronology.column.time"),
                    Messages.get("chronology.column.approximate"), Messages.get("chronology.column.kind"),
                    Messages.get("chronology.column.reference"), Messages.get("chronology.column.event"),
                    Messages.get("chronology.column.source"), Messages.get("chronology.column.significance"),
                    Messages.get("chronology.column.exhibits"));
            for (ChronologyEntry e : entries) {
                csv.printRecord(DateTimeFormatter.ISO_LOCAL_DATE.format(e.date()),
                        e.time() == null ? "" : e.time().toString(),
                        e.approximate() ? Messages.get("chronology.approximate.yes") : "",
                        Messages.get(e.kind().labelKey()), safe(e.reference()), safe(e.event()), safe(e.source()),
                        safe(e.significance()), safe(String.join(", ", e.exhibits())));
            }
        }
    }

    /** Neutralises text a spreadsheet would treat as a formula (=, +, -, @, tab, carriage return first). */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
