package org.casefile.incident;

/** Whether the incident was reported to the police and, if so, what they gave the client to quote. */
public record PoliceReport(boolean reported, String force, String crimeReference, String officer) {
    public static final PoliceReport NONE = new PoliceReport(false, "", "", "");

    public PoliceReport {
        force = force == null ? "" : force.strip();
        crimeReference = crimeReference == null ? "" : crimeReference.strip();
        officer = officer == null ? "" : officer.strip();
    }
}
