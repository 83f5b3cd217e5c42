package org.casefile.importing;

import java.time.ZoneId;

/**
 * How to read a file: the format when the caseworker chose one (null: detect it), the date order, the time zone
 * for files that store instants (SMS backups, email), the diary's column mapping and the limits.
 */
public record ImportOptions(ImportFormat format, DateOrder dateOrder, ZoneId zone, CsvMapping csvMapping,
                            ImportLimits limits) {
    public ImportOptions {
        dateOrder = dateOrder == null ? DateOrder.INFER : dateOrder;
        zone = zone == null ? ZoneId.systemDefault() : zone;
        csvMapping = csvMapping == null ? CsvMapping.GUESS : csvMapping;
        limits = limits == null ? ImportLimits.DEFAULT : limits;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, DateOrder.INFER, null, null, null);
    }

    public ImportOptions withFormat(ImportFormat f) {
        return new ImportOptions(f, dateOrder, zone, csvMapping, limits);
    }

    public ImportOptions withDateOrder(DateOrder order) {
        return new ImportOptions(format, order, zone, csvMapping, limits);
    }

    public ImportOptions withZone(ZoneId z) {
        return new ImportOptions(format, dateOrder, z, csvMapping, limits);
    }

    public ImportOptions withCsvMapping(CsvMapping m) {
        return new ImportOptions(format, dateOrder, zone, m, limits);
    }

    public ImportOptions withLimits(ImportLimits l) {
        return new ImportOptions(format, dateOrder, zone, csvMapping, l);
    }
}
